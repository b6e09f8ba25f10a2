import { Token } from 'cdktf';

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
