import { safeText } from './sanitize';
import { Style, paint } from './style';
import { CheckResult, CheckStatus, DoctorResult } from './types';

const MARKS: Record<CheckStatus, { symbol: string; word: string; color: 'green' | 'red' | 'yellow' | 'gray' }> = {
  pass: { symbol: '✔', word: 'PASS', color: 'green' },
  fail: { symbol: '✖', word: 'FAIL', color: 'red' },
  warn: { symbol: '⚠', word: 'WARN', color: 'yellow' },
  skip: { symbol: '–', word: 'SKIP', color: 'gray' },
  pending: { symbol: '…', word: 'PENDING', color: 'yellow' },
};

/**
 * One line per check, the fix indented beneath it, then a summary. Targets, messages and fixes carry text from
 * servers, so control characters are taken out of them: nothing a server says can move the cursor or forge a line.
 */
export function renderDoctorText(doctor: DoctorResult, style: Style): string {
  const lines: string[] = [];
  for (const check of doctor.checks) {
    lines.push(checkLine(check, style));
    if (check.fix && check.status !== 'pass') {
      lines.push(`    fix: ${safeText(check.fix)}`);
    }
  }
  const count = (status: CheckStatus) => doctor.checks.filter((c) => c.status === status).length;
  const pending = count('pending') > 0 ? `, ${count('pending')} pending (granted by the deploy)` : '';
  const summary = `${count('pass')} passed, ${count('fail')} failed, ${count('warn')} warning${count('warn') === 1 ? '' : 's'}, ${count('skip')} skipped${pending}`;
  lines.push('');
  lines.push(doctor.ok ? paint(style, 'green', `OK: ${summary}`) : paint(style, 'red', `PROBLEMS FOUND: ${summary}`));
  return `${lines.join('\n')}\n`;
}

function checkLine(check: CheckResult, style: Style): string {
  const mark = MARKS[check.status];
  const label = paint(style, mark.color, style.symbols ? mark.symbol : mark.word);
  return `${label} ${paint(style, 'bold', safeText(check.id))} ${safeText(check.target)}: ${safeText(check.message)}`;
}

/** `{"ok": bool, "checks": [{"id", "status", "target", "message", "fix"}]}` on one line (JSON escapes control characters itself). */
export function renderDoctorJson(doctor: DoctorResult): string {
  return `${JSON.stringify({
    ok: doctor.ok,
    checks: doctor.checks.map(({ id, status, target, message, fix }) => ({ id, status, target, message, fix })),
  })}\n`;
}
