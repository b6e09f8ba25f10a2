import { TerraformResource, Token } from 'cdktf';

/**
 * True when the value is only known at apply time (a variable, a resource attribute, ...).
 * Such values are not judged at synth time: the checks apply to literals only.
 */
export function isUnresolved(value: unknown): boolean {
  return Token.isUnresolved(value);
}

/** True for a literal string that is not a token. */
export function isLiteral(value: unknown): value is string {
  return typeof value === 'string' && !Token.isUnresolved(value);
}

/**
 * A resource's address as Terraform writes it (`tls_private_key.x`), for `replace_triggered_by`: cdktf 0.21 renders
 * a resource object there as an interpolation, which Terraform 1.11 refuses ("Invalid character").
 */
export function resourceAddress(resource: TerraformResource): string {
  return `${resource.terraformResourceType}.${resource.friendlyUniqueId}`;
}
