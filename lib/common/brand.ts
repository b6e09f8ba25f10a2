/**
 * Marks an instance with a symbol registered process-wide (`Symbol.for`), so `Foo.isFoo(x)` works across two
 * copies of the library in one program, where `instanceof` does not.
 */
export function brand(instance: object, name: string): void {
  Object.defineProperty(instance, Symbol.for(`cdktf-bitbucket-tfe.${name}`), { value: true });
}

export function isBranded(x: unknown, name: string): boolean {
  return x !== null && typeof x === 'object' && (x as Record<symbol, unknown>)[Symbol.for(`cdktf-bitbucket-tfe.${name}`)] === true;
}
