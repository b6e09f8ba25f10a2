// Type-only: yaml loads on first use (see load.ts).
import type * as Yaml from 'yaml';

/** A node of the file by the keys and list positions that lead to it, e.g. `['repositories', 3, 'branch']`. */
export type KeyPath = ReadonlyArray<string | number>;

/** `['repositories', 3, 'branch']` -> `repositories[3].branch`; the root is `(the top level)`. */
export function renderKeyPath(path: KeyPath): string {
  return path.reduce<string>((text, part) => (typeof part === 'number' || /^\d+$/.test(part) ? `${text}[${part}]` : text === '' ? part : `${text}.${part}`), '')
    || '(the top level)';
}

/** `tags[1]` -> `['tags', 1]`: a prop path as the constructs write it. */
export function parsePropPath(prop: string): Array<string | number> {
  const parts: Array<string | number> = [];
  for (const match of prop.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) parts.push(match[2] !== undefined ? Number(match[2]) : match[1]);
  return parts;
}

/** Which text of a mapping entry a position is wanted for: its value, or its key (an unknown key). */
export type NodePart = 'value' | 'key';

/** A place in the text, line and column counted from 1. */
export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

/**
 * Where the nodes of one onboarding file are in its text, so that every problem says `file:line:column` before the
 * key path. A YAML file keeps the document it was parsed into; a JSON file (read by JSON.parse) keeps its text and
 * scans it for the node asked about, so a file without problems costs nothing more than before. A node the file
 * does not have (a missing key, a value from `defaults`) is placed at its nearest ancestor that it has, which is
 * where the key would be written.
 */
export class FileSource {
  /** A source without positions: key paths only, for a specification that did not come from a text. */
  public static unplaced(file: string): FileSource {
    return new FileSource(file, () => undefined, () => undefined);
  }

  /** A YAML file's source: the document it was parsed into, with the line counter of that parse. */
  public static fromYaml(file: string, document: Yaml.Document, lines: Yaml.LineCounter): FileSource {
    return new FileSource(file, (path, part) => yamlOffset(document, path, part), (offset) => {
      const { line, col } = lines.linePos(offset);
      return { line, column: col };
    });
  }

  /** A JSON file's source, from its text. */
  public static fromJson(file: string, text: string): FileSource {
    let starts: number[] | undefined;
    return new FileSource(file, (path, part) => jsonOffset(text, path, part), (offset) => {
      starts ??= lineStarts(text);
      return positionIn(starts, offset);
    });
  }

  /** Positions already looked up: constructs name the same connection props in every stack of a sharded file. */
  private readonly known = new Map<string, SourcePosition | undefined>();

  private constructor(
    /** The file name every message begins with. */
    public readonly file: string,
    private readonly offsetOf: (path: KeyPath, part: NodePart) => number | undefined,
    private readonly positionOf: (offset: number) => SourcePosition | undefined,
  ) {}

  /** Line and column of the node at `path` (or of its nearest ancestor in the file); undefined without positions. */
  public position(path: KeyPath, part: NodePart = 'value'): SourcePosition | undefined {
    const key = `${part} ${JSON.stringify(path)}`;
    if (!this.known.has(key)) {
      const offset = this.offsetOf(path, part);
      this.known.set(key, offset === undefined ? undefined : this.positionOf(offset));
    }
    return this.known.get(key);
  }

  /** `onboarding.yaml:12:7`, or the file name alone without positions. */
  public where(path: KeyPath, part: NodePart = 'value'): string {
    const position = this.position(path, part);
    return position ? `${this.file}:${position.line}:${position.column}` : this.file;
  }

  /** How a problem with the node at `path` begins: `onboarding.yaml:12:7: repositories[3].branch`. */
  public at(path: KeyPath, part: NodePart = 'value'): string {
    return `${this.where(path, part)}: ${renderKeyPath(path)}`;
  }

  /** A node as a problem with another node names it: `repositories[0] at onboarding.yaml:28:5`. */
  public ref(path: KeyPath): string {
    const position = this.position(path);
    return position ? `${renderKeyPath(path)} at ${this.file}:${position.line}:${position.column}` : renderKeyPath(path);
  }
}

/** The text offset of the node at `path` in a YAML document, or of the nearest ancestor the document has. */
function yamlOffset(document: Yaml.Document, path: KeyPath, part: NodePart): number | undefined {
  const { isAlias, isMap, isScalar, isSeq } = require('yaml') as typeof Yaml;
  let node: unknown = document.contents;
  let offset = rangeStart(node);
  for (let i = 0; i < path.length; i++) {
    if (isAlias(node)) node = node.resolve(document);
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => String(isScalar(p.key) ? p.key.value : p.key) === String(path[i]));
      if (!pair) break;
      const keyOffset = rangeStart(pair.key);
      node = pair.value;
      // A key without a value (`branch:`) is placed at its key.
      const empty = isScalar(node) && node.range !== undefined && node.range !== null && node.range[0] === node.range[1];
      offset = (last && part === 'key' || empty ? keyOffset : rangeStart(node) ?? keyOffset) ?? offset;
    } else if (isSeq(node) && /^\d+$/.test(String(path[i])) && node.items[Number(path[i])] !== undefined) {
      node = node.items[Number(path[i])];
      offset = rangeStart(node) ?? offset;
    } else {
      break;
    }
  }
  return offset;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
  return range ? range[0] : undefined;
}

/**
 * The text offset of the node at `path` in valid JSON, or of the nearest ancestor the text has. Scans only the
 * text it must: the members of each object on the way (the last of equal keys, the one JSON.parse keeps) and the
 * items of each list up to the one asked for.
 */
function jsonOffset(text: string, path: KeyPath, part: NodePart): number | undefined {
  let i = 0;
  const space = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t')) i++;
  };
  const skipString = () => {
    // To the next double quote that no odd run of backslashes escapes.
    for (let end = text.indexOf('"', i + 1); ; end = text.indexOf('"', end + 1)) {
      if (end === -1) {
        i = text.length;
        return;
      }
      let backslashes = 0;
      while (text[end - 1 - backslashes] === '\\') backslashes++;
      if (backslashes % 2 === 0) {
        i = end + 1;
        return;
      }
    }
  };
  const skipValue = () => {
    if (text[i] === '"') return skipString();
    if (text[i] !== '{' && text[i] !== '[') {
      while (i < text.length && !',}] \n\r\t'.includes(text[i])) i++;
      return;
    }
    let depth = 0;
    while (i < text.length) {
      const c = text[i];
      if (c === '"') {
        skipString();
        continue;
      }
      i++;
      if (c === '{' || c === '[') depth++;
      else if ((c === '}' || c === ']') && --depth === 0) return;
    }
  };
  space();
  let offset = i;
  for (let depth = 0; depth < path.length; depth++) {
    const last = depth === path.length - 1;
    if (text[i] === '{') {
      let found: { key: number; value: number } | undefined;
      for (i++, space(); i < text.length && text[i] !== '}'; space()) {
        const key = i;
        skipString();
        const name = JSON.parse(text.slice(key, i)) as string;
        space();
        i++; // ':'
        space();
        if (name === String(path[depth])) found = { key, value: i };
        skipValue();
        space();
        if (text[i] === ',') i++;
      }
      if (!found) break;
      i = found.value;
      offset = last && part === 'key' ? found.key : found.value;
    } else if (text[i] === '[' && /^\d+$/.test(String(path[depth]))) {
      const wanted = Number(path[depth]);
      let index = 0;
      for (i++, space(); i < text.length && text[i] !== ']' && index < wanted; index++) {
        skipValue();
        space();
        if (text[i] === ',') i++;
        space();
      }
      if (index !== wanted || text[i] === ']') break;
      offset = i;
    } else {
      break;
    }
  }
  return offset;
}

/**
 * The first syntax error of a JSON text (one JSON.parse refused): where it is and what was expected there. JSON.parse
 * says neither the same way on every Node.js version, and not always where.
 */
export function jsonSyntaxProblem(text: string): { readonly position: SourcePosition; readonly problem: string } | undefined {
  let i = 0;
  const stop = (expected: string): never => {
    throw new JsonStop(i, `expected ${expected}, found ${i < text.length ? JSON.stringify(text[i]) : 'the end of the text'}`);
  };
  const space = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t')) i++;
  };
  const string = () => {
    for (i++; i < text.length; i++) {
      if (text[i] === '"') {
        i++;
        return;
      }
      if (text[i] < ' ') stop('a closing double quote');
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u' ? !/^[0-9A-Fa-f]{4}$/.test(text.slice(i + 1, i + 5)) : !'"\\/bfnrt'.includes(text[i] ?? 'x')) stop('an escape sequence');
        if (text[i] === 'u') i += 4;
      }
    }
    stop('a closing double quote');
  };
  const value = (): void => {
    space();
    if (text[i] === '{' || text[i] === '[') {
      const close = text[i] === '{' ? '}' : ']';
      i++;
      space();
      if (text[i] === close) {
        i++;
        return;
      }
      for (;;) {
        if (close === '}') {
          space();
          if (text[i] !== '"') stop('a property name in double quotes');
          string();
          space();
          if (text[i] !== ':') stop('":"');
          i++;
        }
        value();
        space();
        if (text[i] === close) {
          i++;
          return;
        }
        if (text[i] !== ',') stop(`"," or "${close}"`);
        i++;
      }
    }
    if (text[i] === '"') return string();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 1000));
    if (!literal) stop('a value');
    i += literal![0].length;
  };
  try {
    value();
    space();
    if (i < text.length) stop('the end of the text');
    return undefined;
  } catch (error) {
    if (!(error instanceof JsonStop)) throw error;
    return { position: positionIn(lineStarts(text), error.offset), problem: error.problem };
  }
}

class JsonStop {
  constructor(readonly offset: number, readonly problem: string) {}
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function positionIn(starts: number[], offset: number): SourcePosition {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - starts[low] + 1 };
}
