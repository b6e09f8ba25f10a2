import { safeText } from '../sanitize';
import { Style, paint } from '../style';
import { ExplainResult } from './index';

const MAX_UNRECOGNIZED_SHOWN = 20;

/**
 * Per finding: where, cause, evidence and fix; then the error-looking entries no rule knows. Everything taken from
 * the log passes through safeText: a log line must not drive the terminal.
 */
export function renderExplainText(result: ExplainResult, style: Style): string {
  const out: string[] = [];
  for (const finding of result.findings) {
    const where = finding.lines.length > 1 ? `lines ${finding.lines.join(', ')}` : `line ${finding.line}`;
    out.push(`${paint(style, 'red', style.symbols ? '✖' : 'PROBLEM')} ${paint(style, 'bold', safeText(finding.id))} (${where})`);
    out.push(`    cause: ${safeText(finding.cause)}`);
    out.push('    evidence:');
    for (const [path, value] of Object.entries(finding.evidence)) {
      out.push(`      ${safeText(path)}: ${safeText(value)}`);
    }
    out.push(`    fix: ${safeText(finding.fix)}`);
    out.push('');
  }
  for (const entry of result.unrecognized.slice(0, MAX_UNRECOGNIZED_SHOWN)) {
    out.push(`${paint(style, 'yellow', style.symbols ? '?' : 'UNKNOWN')} line ${entry.line}: looks like an error, but no rule recognizes it: ${safeText(entry.excerpt)}`);
  }
  if (result.unrecognized.length > MAX_UNRECOGNIZED_SHOWN) {
    out.push(`  … and ${result.unrecognized.length - MAX_UNRECOGNIZED_SHOWN} more (see --json for all)`);
  }
  if (result.unrecognized.length > 0) {
    out.push('');
  }
  const explained = `${result.findings.length} problem${result.findings.length === 1 ? '' : 's'} explained`;
  if (result.unrecognized.length > 0) {
    out.push(paint(style, 'yellow', `${explained}, ${result.unrecognized.length} error-looking entr${result.unrecognized.length === 1 ? 'y' : 'ies'} not recognized`));
  } else if (result.findings.length === 0) {
    out.push('No known problems and no error entries found in the log.');
  } else {
    out.push(paint(style, 'green', explained));
  }
  return `${out.join('\n')}\n`;
}

/** `{"ok", "findings": [{"id", "line", "lines", "cause", "evidence", "fix"}], "unrecognized": [{"line", "excerpt"}]}`. */
export function renderExplainJson(result: ExplainResult): string {
  return `${JSON.stringify({ ok: result.ok, findings: result.findings, unrecognized: result.unrecognized })}\n`;
}
