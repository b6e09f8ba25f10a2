import { IConstruct } from 'constructs';
import { BitbucketTfeInputError } from '../domain/errors';

/** One rule whose findings are accepted on a construct, and why. */
export interface CheckSuppression {
  /** The rule's id, e.g. `BBTFE8`. */
  readonly id: string;
  /**
   * Why the findings are acceptable here, at least 10 characters. It is printed with every finding it
   * suppresses, so a reviewer reads it in the synth output.
   */
  readonly reason: string;
}

/** Construct metadata type of one suppression; its data is a CheckSuppression. */
export const SUPPRESSION_METADATA = 'cdktf-bitbucket-tfe/suppression';

/** The shortest reason accepted: long enough that it has to say something. */
export const MIN_REASON_LENGTH = 10;

/** Checks each suppression against the known rule ids and records it on the construct. */
export function recordSuppressions(scope: IConstruct, suppressions: CheckSuppression[], ruleIds: readonly string[]): void {
  const where = `BitbucketTfeChecks.suppress(${scope.node.path || '(the app)'})`;
  suppressions.forEach((suppression, index) => {
    const id = suppression?.id;
    if (typeof id !== 'string' || !ruleIds.includes(id)) {
      throw new BitbucketTfeInputError(`${where} suppressions[${index}].id`, id, 'is not a rule id', `use one of ${ruleIds.join(', ')}`);
    }
    const reason = suppression.reason;
    if (typeof reason !== 'string' || reason.trim().length < MIN_REASON_LENGTH) {
      throw new BitbucketTfeInputError(`${where} suppressions[${index}].reason`, reason,
        `does not say why ${id} may be ignored on this construct (a reason has at least ${MIN_REASON_LENGTH} characters)`,
        `write what makes the finding acceptable here, e.g. { id: '${id}', reason: 'the platform team owns this project and needs the wider permission' }`);
    }
  });
  for (const { id, reason } of suppressions) scope.node.addMetadata(SUPPRESSION_METADATA, { id, reason: reason.trim() });
}

/**
 * The suppression of `ruleId` that covers `construct`: one recorded on the construct itself or on any scope
 * above it (a suppression on a connection covers the resources it made), the nearest first.
 */
export function suppressionFor(construct: IConstruct, ruleId: string): CheckSuppression | undefined {
  for (const scope of [...construct.node.scopes].reverse()) {
    const entry = scope.node.metadata.find((m) => m.type === SUPPRESSION_METADATA && (m.data as CheckSuppression).id === ruleId);
    if (entry) return entry.data as CheckSuppression;
  }
  return undefined;
}
