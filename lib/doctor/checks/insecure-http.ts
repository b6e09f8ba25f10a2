import { isLoopbackHost } from '../urls';
import { CheckResult } from '../types';
import { result } from './common';

export const INSECURE_HTTP = 'insecure-http';

/**
 * Warns about a plain-HTTP address off this machine: the doctor sends credentials there, and so does TFE
 * in production. Loopback addresses are exempt, they never leave the host.
 */
export function insecureHttp(address: string, service: string): CheckResult | undefined {
  const url = new URL(address);
  if (url.protocol !== 'http:' || isLoopbackHost(url.hostname)) {
    return undefined;
  }
  return result(
    INSECURE_HTTP,
    'warn',
    address,
    `${service} is addressed over plain HTTP: credentials and tokens travel unencrypted`,
    `Use the https:// address of ${service}.`,
  );
}
