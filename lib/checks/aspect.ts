import { Annotations, App, Aspects, IAspect, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { ALL_RULES } from './all-rules';
import { CheckRule, CheckSeverity } from './rule';
import { StackView } from './stack-view';

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
 * yourself with `BitbucketTfeChecks.applyTo(stack)` to check resources you wrote without them.
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
   * Runs every enabled rule once per stack. The aspect only registers a validation: validations run after all
   * aspects (so the rules also see what other aspects changed), right before the synth resolves the stack, and
   * the synth then writes the JSON the rules judged instead of resolving the whole stack a second time.
   */
  public visit(node: IConstruct): void {
    if (!(node instanceof TerraformStack) || this.checked.has(node)) return;
    this.checked.add(node);
    const stack = node;
    // A validation, not an error annotation: Testing.synth(stack, true) and cdktf synth both stop on it.
    stack.node.addValidation({ validate: () => this.check(stack) });
  }

  private check(stack: TerraformStack): string[] {
    dropReuse(stack);
    const json = stack.toTerraform();
    const view = StackView.of(stack, json);
    const errors: string[] = [];
    for (const rule of ALL_RULES.filter((r) => !this.disabled.has(r.id))) {
      for (const finding of rule.check(view)) {
        const text = formatFinding(rule, finding.message);
        if (rule.severity === CheckSeverity.ERROR) {
          errors.push(`[${finding.construct.node.path}] ${text}`);
        } else {
          Annotations.of(finding.construct).addWarning(text);
        }
      }
    }
    if (errors.length === 0) reuseOnce(stack, json);
    return errors;
  }
}

/** Stacks whose next toTerraform() returns the JSON the rules judged. */
const reusing = new WeakSet<TerraformStack>();

/**
 * The next `toTerraform()` of the stack (the synth's, which follows the validations) returns `json` instead of
 * resolving every element again; later calls resolve as usual. cdktf runs only custom synthesis hooks and the
 * collection of annotations between the validations and that call, synchronously, so the reuse is dropped at
 * the end of the current tick, and whenever the stack gained or lost constructs since. HCL output calls
 * toHclTerraform instead, so nothing is reused then.
 */
function reuseOnce(stack: TerraformStack, json: { [key: string]: any }): void {
  if (App.of(stack).hclOutput) return;
  const instance = stack as unknown as { toTerraform?: () => any };
  const constructs = stack.node.findAll().length;
  reusing.add(stack);
  instance.toTerraform = () => {
    dropReuse(stack);
    return stack.node.findAll().length === constructs ? json : stack.toTerraform();
  };
  process.nextTick(() => dropReuse(stack));
}

/** Forgets a reuse that no synth consumed (validations run again, e.g. after the stack changed). */
function dropReuse(stack: TerraformStack): void {
  if (reusing.delete(stack)) delete (stack as unknown as { toTerraform?: () => any }).toTerraform;
}

export function formatFinding(rule: CheckRule, message: string): string {
  return `${rule.id} ${rule.severity}: ${message}. ${rule.description}. Fix: ${rule.fix}`;
}
