import { Field, ParsedEntry } from './fields';

/** What a rule found in an entry: the fields that prove it, and the cause and fix for this very entry. */
export interface RuleMatch {
  readonly evidence: Array<Field | undefined>;
  readonly cause: string;
  readonly fix: string;
}

/**
 * One known failure. `match` looks at one log entry and returns undefined when the entry is not this
 * failure. Rules are pure: no I/O, no state.
 */
export interface ExplainRule {
  /** Stable kebab-case id, shown in output and used in `--json`. */
  readonly id: string;
  match(entry: ParsedEntry): RuleMatch | undefined;
}
