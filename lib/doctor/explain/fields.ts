import { LogEntry } from './scanner';

/** A leaf of a log entry: `response.errors[0].exceptionName` → `com.atlassian.bitbucket.AuthorisationException`. */
export interface Field {
  readonly path: string;
  readonly value: string;
}

/** A log entry with its fields, which is what rules look at. */
export interface ParsedEntry extends LogEntry {
  readonly fields: Field[];
}

const MAX_DEPTH = 12;

export function parseEntry(entry: LogEntry): ParsedEntry {
  const fields: Field[] = [];
  if (entry.value !== undefined) {
    flatten(entry.value, '', fields, 0);
    if (entry.prefix) {
      fields.push({ path: 'prefix', value: entry.prefix });
      fields.push(...logfmt(entry.prefix));
    }
    if (entry.suffix) {
      // Ruby-style lines put `url=...` after the response body: it names the repository.
      fields.push(...logfmt(entry.suffix));
      fields.push({ path: 'suffix', value: entry.suffix });
    }
  } else {
    fields.push({ path: 'line', value: entry.text });
    fields.push(...logfmt(entry.text));
  }
  return { ...entry, fields };
}

/**
 * Leaves of a JSON value. Strings that hold JSON themselves (loggers often embed a response body as a
 * string) are parsed and flattened in place.
 */
function flatten(value: unknown, path: string, out: Field[], depth: number): void {
  if (value === null || value === undefined || depth > MAX_DEPTH) {
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => flatten(item, `${path}[${index}]`, out, depth + 1));
    return;
  }
  if (typeof value === 'object') {
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      flatten(child, path ? `${path}.${key}` : key, out, depth + 1);
    }
    return;
  }
  if (typeof value === 'string') {
    const trimmed = value.trim();
    if ((trimmed.startsWith('{') && trimmed.endsWith('}')) || (trimmed.startsWith('[') && trimmed.endsWith(']'))) {
      try {
        flatten(JSON.parse(trimmed), path, out, depth + 1);
        return;
      } catch {
        // Not JSON after all: keep the string.
      }
    }
  }
  out.push({ path: path || 'value', value: String(value) });
}

/** `key=value` and `key="quoted value"` pairs in plain text lines (logfmt, Rails-style logs). */
function logfmt(text: string): Field[] {
  const fields: Field[] = [];
  for (const match of text.matchAll(/([A-Za-z_][\w.-]*)=("(?:[^"\\]|\\.)*"|[^\s,]+)/g)) {
    let value = match[2];
    if (value.startsWith('"')) {
      try {
        value = JSON.parse(value) as string;
      } catch {
        value = value.slice(1, -1);
      }
    }
    fields.push({ path: match[1], value });
  }
  return fields;
}

/** The last key of a path, without array indexes: `response.errors[0].message` → `message`. */
export function leaf(path: string): string {
  const last = path.split('.').pop() ?? path;
  return last.replace(/\[\d+\]$/g, '');
}

/** The first field whose own key matches `key` (and whose value matches `value`, when given). */
export function fieldByKey(entry: ParsedEntry, key: RegExp, value?: RegExp): Field | undefined {
  return entry.fields.find((f) => key.test(leaf(f.path)) && (!value || value.test(f.value)));
}

/** The first field whose value matches. */
export function fieldByValue(entry: ParsedEntry, value: RegExp): Field | undefined {
  return entry.fields.find((f) => value.test(f.value));
}

/** Ruby Net::HTTP response classes TFE logs as `response_class`, by status. */
const NET_HTTP_CLASSES: Record<string, number> = {
  'Net::HTTPBadRequest': 400,
  'Net::HTTPUnauthorized': 401,
  'Net::HTTPForbidden': 403,
  'Net::HTTPNotFound': 404,
  'Net::HTTPConflict': 409,
  'Net::HTTPUnprocessableEntity': 422,
  'Net::HTTPTooManyRequests': 429,
  'Net::HTTPInternalServerError': 500,
  'Net::HTTPBadGateway': 502,
  'Net::HTTPServiceUnavailable': 503,
  'Net::HTTPGatewayTimeout': 504,
};

/** The HTTP status an entry reports, from a status field or a Net::HTTP response class. */
export function httpStatus(entry: ParsedEntry): { status: number; field: Field } | undefined {
  const numeric = fieldByKey(entry, /^(status|status_code|statusCode|http_status|response_code|response_status|code)$/i, /^\s*[1-5]\d\d\s*$/);
  if (numeric) {
    return { status: Number(numeric.value), field: numeric };
  }
  const klass = fieldByKey(entry, /^(response_class|response|class)$/i, /^Net::HTTP\w+$/);
  if (klass && NET_HTTP_CLASSES[klass.value] !== undefined) {
    return { status: NET_HTTP_CLASSES[klass.value], field: klass };
  }
  if (klass && !/OK|Success|Created|Accepted|NoContent|Redirect|Found|NotModified|Continue/.test(klass.value)) {
    return { status: 400, field: klass };
  }
  return undefined;
}

const ERROR_LEVEL = /^(error|err|fatal|critical|crit|alert|emerg(ency)?)$/i;
const ERROR_KEYS = /^(error|errors|exception|exceptionName|exception_class|error_class|error_message|err)$/i;
const ERROR_TEXT = [
  /\b(ERROR|FATAL|CRITICAL)\b/,
  /\b[A-Z]\w*(Exception|Error)\b/,
  /\bError:/,
  /\bstatus[=: ]+"?[45]\d\d\b/i,
  /\bHTTP\/\d(\.\d)? [45]\d\d\b/,
];

/**
 * Whether an entry reports a problem: an error level, an HTTP status of 400 or more, an error or exception
 * member, or (for text) error words. Such an entry that no rule explains makes `explain` exit 1.
 */
export function looksLikeError(entry: ParsedEntry): boolean {
  if (fieldByKey(entry, /^(level|severity|log_level|loglevel|lvl)$/i, ERROR_LEVEL)) {
    return true;
  }
  const status = httpStatus(entry);
  if (status && status.status >= 400) {
    return true;
  }
  if (entry.value !== undefined) {
    const errorMember = entry.fields.some(
      (f) => f.path.split('.').some((segment) => ERROR_KEYS.test(segment.replace(/\[\d+\]$/, ''))) && !/^(false|0|)$/i.test(f.value.trim()),
    );
    if (errorMember) {
      return true;
    }
  }
  const text = entry.value !== undefined ? `${entry.prefix ?? ''} ${entry.suffix ?? ''}` : entry.text;
  return ERROR_TEXT.some((pattern) => pattern.test(text));
}
