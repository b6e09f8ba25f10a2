// The one input error of the library and how it shows a value: constructs, the onboarding file and the doctor
// all report bad input this way (prop, value, what was expected, the fix), and never echo key material.

/**
 * The one shape of every input error the library raises: which construct and prop, the value
 * that was given, what was expected and how to fix it. Thrown from constructors, so `cdktf synth`
 * stops before anything reaches Bitbucket or Terraform Enterprise.
 */
export class BitbucketTfeInputError extends Error {
  constructor(
    /** `Construct.prop`, e.g. `DataCenterConnection.bitbucketUrl`. */
    public readonly prop: string,
    value: unknown,
    expected: string,
    fix: string,
  ) {
    super(`${prop}: ${describeValue(value)} ${expected}. Fix: ${fix}`);
    this.name = 'BitbucketTfeInputError';
  }
}

/** A value shown in an error by what it is, not as itself (secrets, keys, tokens). */
export class Described {
  constructor(public readonly text: string) {}
}

/** Names a value in an error message without quoting it, e.g. described('a literal string'). */
export function described(text: string): Described {
  return new Described(`(${text})`);
}

/** Quotes a value for an error message without ever echoing key or secret material. */
export function describeValue(value: unknown): string {
  if (value instanceof Described) return value.text;
  if (value === undefined) return '(not set)';
  if (typeof value === 'string') {
    if (/-----BEGIN [A-Z ]*KEY-----/.test(value)) return '(a PEM key)';
    return JSON.stringify(value.length > 200 ? `${value.slice(0, 200)}...` : value);
  }
  if (Array.isArray(value)) return value.length === 0 ? '[] (an empty list)' : JSON.stringify(value);
  return JSON.stringify(value) ?? String(value);
}

/**
 * How a construct names its props in errors: `<prefix>.<prop>` by default, or the path the user wrote when a
 * parent construct built it from props of its own under other names (`serviceAccountName` for `userName`).
 */
export function propPaths(prefix: string, renamed: { readonly [prop: string]: string } = {}): (prop: string) => string {
  return (prop) => renamed[prop] ?? `${prefix}.${prop}`;
}

/**
 * How errors name one entry of a list a construct is given, and that entry's props. A parent construct that
 * built the list from its own input (an onboarding file) names them where the user wrote them.
 */
export interface EntryPaths {
  /** The path an error about one of the entry's props names; `prop` as `branch` or `tags[1]`. */
  prop(prop: string): string;
  /** The entry as an error about another entry names it (the first of a duplicate). */
  entry(): string;
}

/** `<list>[<index>]` and `<list>[<index>].<prop>`, e.g. `RepositoryOnboarding.repositories[3].branch`. */
export function entryPaths(list: string, index: number): EntryPaths {
  const entry = `${list}[${index}]`;
  return { prop: (prop) => `${entry}.${prop}`, entry: () => entry };
}
