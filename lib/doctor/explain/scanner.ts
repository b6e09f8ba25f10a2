/** One entry of a log: a JSON object (one line or pretty-printed over many) or a plain text line. */
export interface LogEntry {
  /** 1-based line number where the entry starts. */
  readonly line: number;
  /** The entry's text: the JSON object's source, or the line. */
  readonly text: string;
  /** The parsed JSON object, for JSON entries. */
  readonly value?: unknown;
  /** Text before the JSON object on its first line, such as a timestamp or a level. */
  readonly prefix?: string;
  /** Text after the JSON object on its last line, such as `url=...` in Ruby-style log lines. */
  readonly suffix?: string;
}

/** Objects larger than this are not looked for: it bounds the work spent on a stray unbalanced brace. */
const MAX_OBJECT_CHARS = 256 * 1024;

/**
 * Splits log text into entries. The first `{` of a line starts a candidate object that runs to its matching `}`
 * (braces inside JSON strings do not count, escapes are honoured), across lines if need be. A candidate that is
 * not valid JSON falls back to plain text, one line at a time.
 *
 * Linear in the size of the log: the matching braces of the whole text are found in one pass with a stack
 * (`matchBraces`), instead of a search from every line that opens a brace, which made a log of unclosed braces
 * or of JSON lines cut mid-object take minutes.
 */
export function scanLog(text: string): LogEntry[] {
  const entries: LogEntry[] = [];
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    lineStarts.push(i + 1);
  }
  const closes = matchBraces(text);
  for (let lineIndex = 0; lineIndex < lineStarts.length; ) {
    const start = lineStarts[lineIndex];
    const end = lineIndex + 1 < lineStarts.length ? lineStarts[lineIndex + 1] - 1 : text.length;
    const brace = firstBrace(text, start, end);
    if (brace !== -1) {
      const close = closes.get(brace);
      if (close !== undefined && close - brace < MAX_OBJECT_CHARS) {
        const source = text.slice(brace, close + 1);
        const value = parseObject(source);
        if (value !== undefined) {
          const closeLine = lineContaining(lineStarts, close);
          const closeLineEnd = closeLine + 1 < lineStarts.length ? lineStarts[closeLine + 1] - 1 : text.length;
          const prefix = text.slice(start, brace).trim();
          const suffix = text.slice(close + 1, closeLineEnd).trim();
          entries.push({ line: lineIndex + 1, text: source, value, prefix: prefix || undefined, suffix: suffix || undefined });
          lineIndex = closeLine + 1;
          continue;
        }
      }
    }
    const line = text.slice(start, end).replace(/\r$/, '');
    if (line.trim()) {
      entries.push({ line: lineIndex + 1, text: line });
    }
    lineIndex++;
  }
  return entries;
}

/**
 * The closing `}` of every `{` that is the first brace of its line, in one pass. JSON strings never hold a raw
 * line break, so the string state starts afresh on each line: an unbalanced quote in a text line cannot hide
 * the objects below it.
 */
function matchBraces(text: string): Map<number, number> {
  const closes = new Map<number, number>();
  const open: number[] = [];
  const firstOfLine: boolean[] = [];
  let inString = false;
  let escaped = false;
  let braceOnLine = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) {
      inString = false;
      escaped = false;
      braceOnLine = false;
      continue;
    }
    if (inString) {
      if (escaped) {
        escaped = false;
      } else if (ch === 92) {
        escaped = true;
      } else if (ch === 34) {
        inString = false;
      }
    } else if (ch === 34) {
      inString = true;
    } else if (ch === 123) {
      open.push(i);
      firstOfLine.push(!braceOnLine);
      braceOnLine = true;
    } else if (ch === 125 && open.length > 0) {
      const from = open.pop()!;
      if (firstOfLine.pop()) {
        closes.set(from, i);
      }
    }
  }
  return closes;
}

/** The first `{` in text[start, end), or -1; never searches past the line. */
function firstBrace(text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) {
    if (text.charCodeAt(i) === 123) {
      return i;
    }
  }
  return -1;
}

function parseObject(source: string): unknown {
  try {
    const value: unknown = JSON.parse(source);
    return typeof value === 'object' && value !== null ? value : undefined;
  } catch {
    return undefined;
  }
}

function lineContaining(lineStarts: number[], offset: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (lineStarts[mid] <= offset) {
      low = mid;
    } else {
      high = mid - 1;
    }
  }
  return low;
}
