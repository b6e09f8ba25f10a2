import { TerraformResource, TerraformStack, Token } from 'cdktf';
import { Construct, Node } from 'constructs';

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

/**
 * The logical id (the name in `type.name`) that a child with this id has, or would have, under `scope`, by the
 * stack's own naming scheme (which a user's stack may override): for addresses of objects that are not in the
 * tree, such as those a `removed` block names.
 */
export function logicalIdFor(scope: Construct, childId: string): string {
  const stack = TerraformStack.of(scope);
  // constructs turns "/" in ids into "--".
  const child = { node: { id: childId.replace(/\//g, '--') } };
  const naming = stack as unknown as { allocateLogicalId(node: Node): string };
  return naming.allocateLogicalId({ scopes: [...scope.node.scopes, child] } as unknown as Node);
}
