import { Style, paint } from './style';
import { CheckResult, CheckStatus, DoctorResult } from './types';

const MARKS: Record<CheckStatus, { symbol: string; word: string; color: 'green' | 'red' | 'yellow' | 'gray' }> = {
  pass: { symbol: '✔', word: 'PASS', color: 'green' },
  fail: { symbol: '✖', word: 'FAIL', color: 'red' },
  warn: { symbol: '⚠', word: 'WARN', color: 'yellow' },
  skip: { symbol: '–', word: 'SKIP', color: 'gray' },
};

/** One line per check, the fix indented beneath it, then a summary. */
export function renderDoctorText(doctor: DoctorResult, style: Style): string {
  const lines: string[] = [];
  for (const check of doctor.checks) {
    lines.push(checkLine(check, style));
    if (check.fix && check.status !== 'pass') {
      lines.push(`    fix: ${check.fix}`);
    }
  }
  const count = (status: CheckStatus) => doctor.checks.filter((c) => c.status === status).length;
  const summary = `${count('pass')} passed, ${count('fail')} failed, ${count('warn')} warning${count('warn') === 1 ? '' : 's'}, ${count('skip')} skipped`;
  lines.push('');
  lines.push(doctor.ok ? paint(style, 'green', `OK: ${summary}`) : paint(style, 'red', `PROBLEMS FOUND: ${summary}`));
  return `${lines.join('\n')}\n`;
}

function checkLine(check: CheckResult, style: Style): string {
  const mark = MARKS[check.status];
  const label = paint(style, mark.color, style.symbols ? mark.symbol : mark.word);
  return `${label} ${paint(style, 'bold', check.id)} ${check.target}: ${check.message}`;
}

/** `{"ok": bool, "checks": [{"id", "status", "target", "message", "fix"}]}` on one line. */
export function renderDoctorJson(doctor: DoctorResult): string {
  return `${JSON.stringify({
    ok: doctor.ok,
    checks: doctor.checks.map(({ id, status, target, message, fix }) => ({ id, status, target, message, fix })),
  })}\n`;
}
