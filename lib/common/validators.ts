// The domain's validators as constructs call them. A prop may hold a token, known only at apply time: a check
// lets it pass (nothing to judge at synth time); a parse whose result names construct ids or URLs refuses it,
// saying why. Literal values go to the rule in lib/domain unchanged, so constructs, the onboarding file and the
// doctor judge them alike. Constructs take these; code that never sees a token (the onboarding file, the
// doctor) takes lib/domain's own.

import * as cloud from '../domain/bitbucket-cloud';
import * as dataCenter from '../domain/bitbucket-data-center';
import { BitbucketTfeInputError, described } from '../domain/errors';
import * as tfe from '../domain/tfe';
import * as urls from '../domain/urls';
import { isUnresolved } from './tokens';

/** A check that judges literals only. */
function unlessUnresolved<A extends unknown[]>(check: (prop: string, value: string, ...rest: A) => void) {
  return (prop: string, value: string, ...rest: A): void => {
    if (!isUnresolved(value)) check(prop, value, ...rest);
  };
}

/** A parse that needs a literal: a token is refused with `expected` and a fix made from the other arguments. */
function literalOnly<T, A extends unknown[]>(
  parse: (prop: string, value: string, ...rest: A) => T, expected: string, fix: (rest: NoInfer<A>) => string,
) {
  return (prop: string, value: string, ...rest: A): T => {
    if (isUnresolved(value)) throw new BitbucketTfeInputError(prop, described('a token'), expected, fix(rest));
    return parse(prop, value, ...rest);
  };
}

const NAMES_CONSTRUCT_IDS = 'must be known at synth time, because construct ids derive from it';

export const checkOrganizationName = unlessUnresolved(tfe.checkOrganizationName);
export const checkWorkspaceId = unlessUnresolved(tfe.checkWorkspaceId);
export const checkOAuthClientId = unlessUnresolved(tfe.checkOAuthClientId);
export const checkOAuthClientName = unlessUnresolved(tfe.checkOAuthClientName);
export const checkOAuthClientReference = tfe.checkOAuthClientReference;

export const checkDataCenterUserName = unlessUnresolved(dataCenter.checkDataCenterUserName);
export const checkDataCenterProjectKey = unlessUnresolved(dataCenter.checkDataCenterProjectKey);
export const parseDataCenterRepository = literalOnly(dataCenter.parseDataCenterRepository, NAMES_CONSTRUCT_IDS,
  () => 'list repositories as plain strings, e.g. "PLAT/network"');

export const checkCloudWorkspace = unlessUnresolved(cloud.checkCloudWorkspace);
export const checkCloudProjectKey = unlessUnresolved(cloud.checkCloudProjectKey);
export const parseCloudRepository = literalOnly(cloud.parseCloudRepository, NAMES_CONSTRUCT_IDS,
  () => 'list repositories as plain strings, e.g. "acme/network"');
export const parseCloudProject = literalOnly(cloud.parseCloudProject, NAMES_CONSTRUCT_IDS,
  () => 'list projects as plain strings, e.g. "acme/PLAT"');

/** Normalises a literal account UUID; a token passes through unchanged (the provider sees whatever it resolves to). */
export function normaliseCloudUuid(prop: string, value: string): string {
  return isUnresolved(value) ? value : cloud.normaliseCloudUuid(prop, value);
}

export const parseHttpsUrl = literalOnly(urls.parseHttpsUrl, 'must be known at synth time, because TFE needs two URLs derived from it',
  ([example]) => `pass the URL as a plain string such as ${example}`);
export const parseBitbucketUrl = literalOnly(urls.parseBitbucketUrl, 'must be known at synth time, because TFE needs two URLs derived from it',
  () => `pass the URL as a plain string such as ${urls.BITBUCKET_URL_EXAMPLE}`);
export const parseHostname = literalOnly(urls.parseHostname, 'must be known at synth time, because URLs are derived from it',
  () => 'pass the host name as a plain string, e.g. "tfe.example.com"');
