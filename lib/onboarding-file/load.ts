import { readFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
// Type-only: ajv and yaml load on first use, so importing the library does not pay for them (about 70 ms of a
// ~200 ms import on the benchmark machine) unless an onboarding file is read.
import type { default as AjvClass, ErrorObject } from 'ajv';
import type * as Yaml from 'yaml';
import { ONBOARDING_FILE_SCHEMA } from './schema';
import { FileSource, jsonSyntaxProblem, renderKeyPath } from './source';

/** Workspace settings a repository or the file's defaults may set. */
export interface FileWorkspaceSettings {
  readonly project?: string;
  readonly branch?: string;
  readonly workingDirectory?: string;
  readonly triggerPatterns?: string[];
  readonly tags?: string[];
  readonly autoApply?: boolean;
  readonly queueAllRuns?: boolean;
  readonly forceDelete?: boolean;
}

export interface FileRepository extends FileWorkspaceSettings {
  readonly repository: string;
  readonly connection?: string;
  readonly workspaceName?: string;
  /** An existing workspace to adopt (import) instead of creating one. */
  readonly workspaceId?: string;
  readonly description?: string;
  readonly previousRepository?: string;
  readonly offboard?: boolean;
}

export interface FileOAuthClient {
  readonly id?: string;
  readonly name?: string;
}

/** How one project's repositories are split into stacks. */
export interface FileProjectSharding {
  readonly buckets?: number;
  readonly previousBuckets?: number;
  readonly shardName?: string;
}

export interface FileDataCenterConnection {
  readonly name: string;
  readonly flavor: 'data-center';
  readonly bitbucketUrl: string;
  readonly serviceAccount: string;
  readonly oauthClient: FileOAuthClient;
  readonly alreadyAdministeredProjects?: string[];
  readonly projects?: { readonly [project: string]: FileProjectSharding };
}

export interface FileCloudConnection {
  readonly name: string;
  readonly flavor: 'cloud';
  readonly workspace: string;
  readonly serviceAccountUuid: string;
  readonly oauthClient: FileOAuthClient;
  readonly projects?: { readonly [project: string]: FileProjectSharding };
}

export type FileConnection = FileDataCenterConnection | FileCloudConnection;

/** How the repositories are split into stacks. */
export interface FileSharding {
  readonly bucketSize?: number;
  readonly stackPrefix?: string;
}

/** The onboarding file, as its JSON Schema (schemas/onboarding-file.schema.json) describes it. */
export interface OnboardingFileSpec {
  readonly version: 1;
  readonly tfe: { readonly hostname?: string; readonly organization: string };
  readonly connections: FileConnection[];
  readonly defaults?: FileWorkspaceSettings;
  readonly repositories: FileRepository[];
  readonly sharding?: FileSharding;
}

/**
 * What is wrong with an onboarding file. Each problem begins with where it is, `file:line:column: key path` (or
 * the file name alone when it has no place in the text), then says what was expected.
 */
export class OnboardingFileError extends Error {
  constructor(public readonly file: string, public readonly problems: string[]) {
    super(problems.length === 1 ? problems[0] : `${file}: ${problems.length} problems:\n  - ${problems.join('\n  - ')}`);
    this.name = 'OnboardingFileError';
  }
}

/** The published JSON Schema of the onboarding file, written from ONBOARDING_FILE_SCHEMA by `npm run generate`. */
export const ONBOARDING_FILE_SCHEMA_PATH = join(__dirname, '..', '..', 'schemas', 'onboarding-file.schema.json');

let validator: ReturnType<AjvClass['compile']> | undefined;
function validate(value: unknown): ErrorObject[] {
  if (!validator) {
    const Ajv = (require('ajv') as { default: typeof AjvClass }).default;
    validator = new Ajv({ allErrors: true, verbose: true }).compile(ONBOARDING_FILE_SCHEMA);
  }
  return validator(value) ? [] : [...(validator.errors ?? [])];
}

/** The last file parsed at each path, so the stacks of a sharded file (one construct each) parse it once. */
const PARSED = new Map<string, { readonly text: string; readonly spec: OnboardingFileSpec }>();

/**
 * Reads, parses (YAML or JSON by extension) and validates an onboarding file. The result is shared by every
 * caller that reads the same text from the same path: treat it as read-only.
 */
export function loadOnboardingFile(path: string): OnboardingFileSpec {
  const name = basename(path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new OnboardingFileError(name, [`${name}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}). Fix: check the path ${path}`]);
  }
  const key = resolve(path);
  const known = PARSED.get(key);
  if (known && known.text === text) return known.spec;
  const spec = parseOnboardingFile(name, text, extname(path).toLowerCase() === '.json' ? 'json' : 'yaml');
  PARSED.set(key, { text, spec });
  return spec;
}

/** Where each node of a parsed file is in its text, for the messages that name it. */
const SOURCES = new WeakMap<OnboardingFileSpec, FileSource>();

/**
 * Where the nodes of a file that `loadOnboardingFile` or `parseOnboardingFile` returned are in its text; for
 * another specification, a source that names key paths without positions.
 */
export function sourceOf(spec: OnboardingFileSpec, file: string): FileSource {
  return SOURCES.get(spec) ?? FileSource.unplaced(file);
}

/** Parses and validates onboarding file text; `name` appears in every error, with the line and column. */
export function parseOnboardingFile(name: string, text: string, format: 'yaml' | 'json'): OnboardingFileSpec {
  let value: unknown;
  let source: FileSource;
  if (format === 'json') {
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new OnboardingFileError(name, [jsonSyntaxError(name, text, error as Error)]);
    }
    source = FileSource.fromJson(name, text);
  } else {
    const { LineCounter, parseDocument } = require('yaml') as typeof Yaml;
    const lines = new LineCounter();
    const document = parseDocument(text, { prettyErrors: false, uniqueKeys: true, lineCounter: lines });
    if (document.errors.length > 0) {
      throw new OnboardingFileError(name, document.errors.map((e) => {
        const { line, col } = lines.linePos(e.pos[0]);
        return `${name}:${line}:${col}: is not valid YAML: ${e.message.split('\n')[0]}`;
      }));
    }
    value = document.toJS();
    source = FileSource.fromYaml(name, document, lines);
  }
  const problems = validate(value)
    // "must match then schema" only repeats what the branch's own errors say.
    .filter((e) => e.keyword !== 'if')
    .map((e) => describe(e, source));
  if (problems.length > 0) throw new OnboardingFileError(name, [...new Set(problems)]);
  SOURCES.set(value as OnboardingFileSpec, source);
  return value as OnboardingFileSpec;
}

/** `file:line:column: is not valid JSON: ...`, for a text JSON.parse refused. */
function jsonSyntaxError(name: string, text: string, error: Error): string {
  const found = jsonSyntaxProblem(text);
  return found ? `${name}:${found.position.line}:${found.position.column}: is not valid JSON: ${found.problem}` : `${name}: is not valid JSON: ${error.message}`;
}

/** A JSON pointer (`/repositories/3/branch`) as the keys that lead to its node. */
function pointerPath(instancePath: string): string[] {
  return instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** `/repositories/3/branch` -> `repositories[3].branch`. */
export function keyPath(instancePath: string, extra?: string): string {
  return renderKeyPath([...pointerPath(instancePath), ...(extra === undefined ? [] : [extra])]);
}

function describe(error: ErrorObject, source: FileSource): string {
  const path = pointerPath(error.instancePath);
  const at = source.at(path);
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(error.params.additionalProperty);
      const known = Object.keys((error.parentSchema as { properties?: Record<string, unknown> })?.properties ?? {}).filter((k) => k !== '$schema');
      const nearest = nearestKey(key, known);
      return `${source.at([...path, key], 'key')}: unknown key${nearest ? `; did you mean "${nearest}"?` : ''} Known keys here: ${known.join(', ')}`;
    }
    case 'required':
      // Placed at the mapping that lacks the key.
      return `${source.at([...path, String(error.params.missingProperty)])}: is required`;
    case 'type':
      return `${at}: expected ${error.params.type}, got ${typeName(error.data)} (${JSON.stringify(error.data)})`;
    case 'enum':
      return `${at}: expected one of ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}, got ${JSON.stringify(error.data)}`;
    case 'const':
      return `${at}: expected ${JSON.stringify(error.params.allowedValue)}, got ${JSON.stringify(error.data)}`;
    case 'pattern':
      return `${at}: ${JSON.stringify(error.data)} does not match ${(error.parentSchema as { description?: string })?.description ?? error.params.pattern}`;
    case 'minItems':
      return `${at}: expected at least ${error.params.limit} entr${error.params.limit === 1 ? 'y' : 'ies'}`;
    case 'minProperties':
    case 'maxProperties':
      return `${at}: expected exactly one of ${Object.keys((error.parentSchema as { properties?: object })?.properties ?? {}).join(', ')}`;
    default:
      return `${at}: ${error.message}`;
  }
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'a mapping' : typeof value;
}

/** The known key closest to a misspelt one (edit distance at most 3, or a case-insensitive match). */
export function nearestKey(key: string, known: string[]): string | undefined {
  let best: { key: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = candidate.toLowerCase() === key.toLowerCase() ? 0 : editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (distance <= 3 && (!best || distance < best.distance)) best = { key: candidate, distance };
  }
  return best?.key;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}
