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
}

/** Objects larger than this are not looked for: it bounds the work spent on a stray unbalanced brace. */
const MAX_OBJECT_CHARS = 256 * 1024;

/**
 * Splits log text into entries. A `{` starts a candidate object that runs to its matching `}` (braces inside
 * JSON strings do not count, escapes are honoured), across lines if need be. A candidate that is not valid
 * JSON falls back to plain text, one line at a time.
 */
export function scanLog(text: string): LogEntry[] {
  const entries: LogEntry[] = [];
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    lineStarts.push(i + 1);
  }
  for (let lineIndex = 0; lineIndex < lineStarts.length; ) {
    const start = lineStarts[lineIndex];
    const end = lineIndex + 1 < lineStarts.length ? lineStarts[lineIndex + 1] - 1 : text.length;
    const brace = text.indexOf('{', start);
    if (brace !== -1 && brace < end) {
      const close = matchingBrace(text, brace);
      if (close !== -1) {
        const source = text.slice(brace, close + 1);
        const value = parseObject(source);
        if (value !== undefined) {
          const prefix = text.slice(start, brace).trim();
          entries.push({ line: lineIndex + 1, text: source, value, prefix: prefix || undefined });
          lineIndex = lineContaining(lineStarts, close) + 1;
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

/** Index of the `}` that closes the `{` at `open`, or -1. */
function matchingBrace(text: string, open: number): number {
  let depth = 0;
  let inString = false;
  let escaped = false;
  const limit = Math.min(text.length, open + MAX_OBJECT_CHARS);
  for (let i = open; i < limit; i++) {
    const ch = text[i];
    if (inString) {
      if (escaped) {
        escaped = false;
      } else if (ch === '\\') {
        escaped = true;
      } else if (ch === '"') {
        inString = false;
      }
    } else if (ch === '"') {
      inString = true;
    } else if (ch === '{') {
      depth++;
    } else if (ch === '}') {
      depth--;
      if (depth === 0) {
        return i;
      }
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
