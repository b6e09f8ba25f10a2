import { IConstruct } from 'constructs';
import { StackView } from './stack-view';

/** How a finding affects synth. */
export enum CheckSeverity {
  /** Stops `cdktf synth`. */
  ERROR = 'error',
  /** Printed by `cdktf synth`; the synth goes on. */
  WARNING = 'warning',
}

/** One problem a rule found. */
export interface Finding {
  /** Where to report it (the construct of the offending resource). */
  readonly construct: IConstruct;
  /** What is wrong, naming the resource and the values. */
  readonly message: string;
}

/**
 * A synth-time rule: a pure function of the stack's view, returning its findings (none when the stack
 * complies or the rule does not apply). One rule per file in lib/checks/rules/.
 */
export interface CheckRule {
  /** Stable id, e.g. `BBTFE1`; users disable rules by id. */
  readonly id: string;
  readonly severity: CheckSeverity;
  /** What the rule checks, one line (the table in docs/checks.md is generated from it). */
  readonly description: string;
  /** How to fix a finding. */
  readonly fix: string;
  readonly check: (view: StackView) => Finding[];
}
