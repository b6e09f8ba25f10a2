import { Redactor } from '../redact';
import { Field, looksLikeError, parseEntry } from './fields';
import { RULES } from './rules';
import { scanLog } from './scanner';

export interface ExplainFinding {
  /** The rule that recognized the entry. */
  readonly id: string;
  /** First line where this finding occurs. */
  readonly line: number;
  /** Every line where the same finding (same rule, same evidence) occurs. */
  readonly lines: number[];
  readonly cause: string;
  /** The fields the rule matched, by path: `{"url": "...", "response.errors[0].exceptionName": "..."}`. */
  readonly evidence: Record<string, string>;
  readonly fix: string;
}

export interface UnrecognizedEntry {
  readonly line: number;
  readonly excerpt: string;
}

export interface ExplainResult {
  /** True when every entry that looks like an error was explained. */
  readonly ok: boolean;
  readonly findings: ExplainFinding[];
  /** Entries that look like errors but match no rule. */
  readonly unrecognized: UnrecognizedEntry[];
}

const MAX_EVIDENCE_CHARS = 300;
const MAX_EXCERPT_CHARS = 200;

/**
 * Reads TFE log text (JSON objects one per line or pretty-printed, mixed with other lines) and explains
 * each entry a rule recognizes. Identical findings are reported once with all their lines. Secrets that
 * look like credentials are redacted from evidence and excerpts.
 */
export function explain(text: string): ExplainResult {
  const redactor = new Redactor();
  const findings = new Map<string, ExplainFinding>();
  const unrecognized: UnrecognizedEntry[] = [];
  for (const raw of scanLog(text)) {
    const entry = parseEntry(raw);
    let explained = false;
    for (const rule of RULES) {
      const match = rule.match(entry);
      if (!match) {
        continue;
      }
      const evidence = evidenceRecord(match.evidence, redactor);
      const key = `${rule.id}\u0000${JSON.stringify(evidence)}`;
      const known = findings.get(key);
      if (known) {
        known.lines.push(entry.line);
      } else {
        findings.set(key, {
          id: rule.id,
          line: entry.line,
          lines: [entry.line],
          cause: redactor.redact(match.cause),
          evidence,
          fix: redactor.redact(match.fix),
        });
      }
      explained = true;
      break;
    }
    if (!explained && looksLikeError(entry)) {
      unrecognized.push({ line: entry.line, excerpt: redactor.redact(oneLine(entry.text, MAX_EXCERPT_CHARS)) });
    }
  }
  return { ok: unrecognized.length === 0, findings: [...findings.values()], unrecognized };
}

function evidenceRecord(fields: Array<Field | undefined>, redactor: Redactor): Record<string, string> {
  const record: Record<string, string> = {};
  for (const field of fields) {
    if (field && !(field.path in record)) {
      record[field.path] = redactor.redact(oneLine(field.value, MAX_EVIDENCE_CHARS));
    }
  }
  return record;
}

function oneLine(text: string, max: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max)}…` : line;
}

/**
 * Why a text cannot be a log, or undefined when it can: nothing in it, a gzip file, or binary data. Explaining
 * such input would print "no known problems" about something that was never read.
 */
export function unreadableLog(text: string): string | undefined {
  if (text.trim() === '') {
    return 'the input is empty: give the log file, or pipe the log in (`docker logs tfe 2>&1 | bitbucket-tfe explain -`)';
  }
  if (text.charCodeAt(0) === 0x1f && (text.charCodeAt(1) === 0x8b || text.charCodeAt(1) === 0xfffd)) {
    return 'the input is gzip-compressed: decompress it first (`gunzip -c tfe.log.gz | bitbucket-tfe explain -`)';
  }
  if (text.startsWith('PK\u0003\u0004') || text.startsWith('\u0028\ufffd\u002f\ufffd')) {
    return 'the input is an archive or compressed file: extract the log first';
  }
  const sample = text.slice(0, 64 * 1024);
  // eslint-disable-next-line no-control-regex
  const binary = (sample.match(/[\u0000-\u0008\u000e-\u001a\u001c-\u001f\ufffd]/g) ?? []).length;
  if (sample.includes('\u0000') || binary > sample.length / 10) {
    return 'the input is binary data, not a text log: give the log file itself';
  }
  return undefined;
}
