import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';

/**
 * An alias for a provider a construct creates for itself. Aliases keep the library's providers apart from
 * any default provider of the same type the user declares, and derive from the construct's path so two
 * connections in one stack never share one.
 */
export function providerAlias(owner: Construct, purpose: string): string {
  return `${purpose}_${owner.node.addr.slice(0, 10)}`;
}

/** The given provider, or one made by `create`. */
export function providerOrCreate<T extends TerraformProvider>(given: TerraformProvider | undefined, create: () => T): TerraformProvider {
  return given ?? create();
}
