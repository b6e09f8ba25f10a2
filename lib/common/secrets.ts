import { BitbucketTfeInputError, described } from '../domain/errors';
import { isLiteral } from './tokens';

/**
 * Refuses a literal where a secret belongs: it would be written in clear into cdk.tf.json. Tokens (variables,
 * secret-store data sources) pass. `alternative` adds another way out to the fix, e.g. an environment variable.
 */
export function checkSecretToken(prop: string, value: string | undefined, variableName: string, alternative?: string): void {
  if (isLiteral(value)) {
    throw new BitbucketTfeInputError(prop, described('a literal string'), 'would be written in clear into cdk.tf.json',
      `pass it as a token: new TerraformVariable(this, "${variableName}", { type: "string", sensitive: true }).stringValue${alternative ? `, ${alternative}` : ''}`);
  }
}
