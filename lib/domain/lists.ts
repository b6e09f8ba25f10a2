// Lists of repositories as props and files give them: each entry parsed by the flavour's rule, none twice.

import { BitbucketTfeInputError } from './errors';

/**
 * Parses each repository of a list prop with `parse` (which names `prop[index]` in its errors) and refuses an entry
 * whose identifier repeats an earlier one, naming both positions.
 */
export function parseRepositoryList<T extends { readonly identifier: string }>(
  prop: string, values: string[], parse: (prop: string, value: string) => T, example: string,
): T[] {
  if (!Array.isArray(values)) {
    throw new BitbucketTfeInputError(prop, values, 'must be a list', `pass an array such as ${example}`);
  }
  const byIdentifier = new Map<string, number>();
  return values.map((value, index) => {
    const ref = parse(`${prop}[${index}]`, value);
    const first = byIdentifier.get(ref.identifier);
    if (first !== undefined) {
      throw new BitbucketTfeInputError(`${prop}[${index}]`, value, `repeats ${prop}[${first}] (${JSON.stringify(values[first])})`,
        'list each repository once');
    }
    byIdentifier.set(ref.identifier, index);
    return ref;
  });
}
