import { AnnotationMetadataEntryType, Annotations, Aspects, IAspect, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { ALL_RULES } from './all-rules';
import { CheckRule, CheckSeverity } from './rule';
import { StackView } from './stack-view';
import { CheckSuppression, recordSuppressions, suppressionFor } from './suppressions';

export interface BitbucketTfeChecksProps {
  /**
   * Rule ids to skip, e.g. ['BBTFE8'] when PROJECT_ADMIN is intended.
   * @default []
   */
  readonly disabledRules?: string[];
}

/**
 * Applies the library's synth-time rules to a stack: errors stop `cdktf synth` with the rule id, the finding
 * and the fix; warnings are printed. The connection and onboarding constructs add it to their stack; add it
 * yourself with `BitbucketTfeChecks.applyTo(stack)` to check resources you wrote without them. Accept a
 * finding on one construct, with the reason, with `BitbucketTfeChecks.suppress(construct, [{ id, reason }])`.
 */
export class BitbucketTfeChecks implements IAspect {
  /** Adds the checks to the stack of `scope`, once per stack. */
  public static applyTo(scope: IConstruct, props: BitbucketTfeChecksProps = {}): BitbucketTfeChecks {
    const stack = TerraformStack.of(scope);
    const existing = Aspects.of(stack).all.find((a): a is BitbucketTfeChecks => a instanceof BitbucketTfeChecks);
    if (existing) {
      (props.disabledRules ?? []).forEach((id) => existing.disabled.add(id));
      return existing;
    }
    const checks = new BitbucketTfeChecks(props);
    Aspects.of(stack).add(checks);
    return checks;
  }

  /**
   * Accepts the findings of the given rules on `scope` and everything under it, each with its reason, as
   * cdk-nag does. A suppressed finding neither stops the synth nor warns: it is printed as information with
   * its reason. The suppressions are recorded as metadata of `scope`. Refuses an unknown rule id and a
   * reason shorter than 10 characters.
   */
  public static suppress(scope: IConstruct, suppressions: CheckSuppression[]): void {
    recordSuppressions(scope, suppressions, ALL_RULES.map((r) => r.id));
  }

  private readonly disabled: Set<string>;
  private readonly checked = new WeakSet<TerraformStack>();

  constructor(props: BitbucketTfeChecksProps = {}) {
    this.disabled = new Set(props.disabledRules ?? []);
    const known = new Set(ALL_RULES.map((r) => r.id));
    for (const id of this.disabled) {
      if (!known.has(id)) {
        throw new Error(`BitbucketTfeChecks.disabledRules: "${id}" is not a rule id. Fix: use one of ${[...known].join(', ')}`);
      }
    }
  }

  /**
   * Registers the rules as a validation of the stack, once per stack. cdktf runs validations after every
   * aspect and right before it resolves the stack to write it, so the rules judge the stack's own
   * `toTerraform()` as it stands then: overrides, escape hatches and other aspects' changes included.
   */
  public visit(node: IConstruct): void {
    if (!(node instanceof TerraformStack) || this.checked.has(node)) return;
    this.checked.add(node);
    const stack = node;
    // A validation, not an error annotation: Testing.synth(stack, true) and cdktf synth both stop on it.
    stack.node.addValidation({ validate: () => this.check(stack) });
  }

  private check(stack: TerraformStack): string[] {
    const view = StackView.of(stack, stack.toTerraform());
    const errors: string[] = [];
    for (const rule of ALL_RULES.filter((r) => !this.disabled.has(r.id))) {
      for (const finding of rule.check(view)) {
        const suppression = suppressionFor(finding.construct, rule.id);
        if (suppression) {
          annotateOnce(finding.construct, AnnotationMetadataEntryType.INFO, `${rule.id} suppressed: ${finding.message}. Reason: ${suppression.reason}`);
          continue;
        }
        const text = formatFinding(rule, finding.message);
        if (rule.severity === CheckSeverity.ERROR) {
          errors.push(`[${finding.construct.node.path}] ${text}`);
        } else {
          annotateOnce(finding.construct, AnnotationMetadataEntryType.WARN, text);
        }
      }
    }
    return errors;
  }
}

/**
 * Adds an annotation unless the construct already carries the same one: the validations run again on every
 * synth of the same tree (tests synthesize twice), and the output should say each thing once.
 */
function annotateOnce(construct: IConstruct, level: AnnotationMetadataEntryType, text: string): void {
  if (construct.node.metadata.some((m) => m.type === level && m.data === text)) return;
  const annotations = Annotations.of(construct);
  if (level === AnnotationMetadataEntryType.INFO) annotations.addInfo(text);
  else annotations.addWarning(text);
}

export function formatFinding(rule: CheckRule, message: string): string {
  return `${rule.id} ${rule.severity}: ${message}. ${rule.description}. Fix: ${rule.fix}`;
}
