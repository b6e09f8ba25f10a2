import { TerraformOutput, TerraformOutputConfig, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';

const TAKEN = new WeakMap<TerraformStack, Set<string>>();

/**
 * An output named as the docs and `cdktf output` speak of it (`next_step`), instead of cdktf's hashed path name
 * (`bitbucket_next_step_E2F7C2B2`). A second construct in the same stack with an output of that name gets it
 * prefixed with its construct id (`other_next_step`), so nothing is overwritten.
 */
export function namedOutput(scope: Construct, name: string, config: TerraformOutputConfig): TerraformOutput {
  const stack = TerraformStack.of(scope);
  let taken = TAKEN.get(stack);
  if (!taken) {
    taken = new Set();
    TAKEN.set(stack, taken);
  }
  const logicalId = taken.has(name) ? `${scope.node.id.replace(/[^A-Za-z0-9_-]/g, '_')}_${name}` : name;
  taken.add(logicalId);
  const output = new TerraformOutput(scope, name, config);
  output.overrideLogicalId(logicalId);
  return output;
}
