// Terraform Enterprise and HCP Terraform: the default host, the `service_provider` values for Bitbucket, the
// shapes of TFE's ids, and TFE's rules for organization and workspace names. The checks here judge literal
// values; constructs call them through lib/common/validators.ts, which lets tokens pass.

import { BitbucketTfeInputError } from './errors';

/** HCP Terraform's host name: where the tfe provider and TFE clients go unless told otherwise. */
export const HCP_TERRAFORM_HOSTNAME = 'app.terraform.io';

/** TFE's `service_provider` values for Bitbucket. */
export enum BitbucketServiceProvider {
  /** Bitbucket Data Center (and the former Server editions). */
  DATA_CENTER = 'bitbucket_data_center',
  /** Bitbucket Cloud (bitbucket.org). */
  CLOUD = 'bitbucket_hosted',
}

/** The service provider TFE deprecated when Atlassian ended Bitbucket Server (February 2024). */
export const DEPRECATED_BITBUCKET_SERVER = 'bitbucket_server';

/** The service providers of an existing Data Center client: the current value and the deprecated Server one. */
export const DATA_CENTER_SERVICE_PROVIDERS: readonly string[] = [BitbucketServiceProvider.DATA_CENTER, DEPRECATED_BITBUCKET_SERVER];

/** Refuses a `service_provider` value that is not Bitbucket's, or the deprecated Server one. */
export function checkServiceProvider(prop: string, value: string): void {
  if (value === DEPRECATED_BITBUCKET_SERVER) {
    throw new BitbucketTfeInputError(prop, value, 'is deprecated: Atlassian ended Bitbucket Server in February 2024',
      'use BitbucketServiceProvider.DATA_CENTER ("bitbucket_data_center"), which serves Data Center and former Server installs');
  }
  if (!Object.values(BitbucketServiceProvider).includes(value as BitbucketServiceProvider)) {
    throw new BitbucketTfeInputError(prop, value, 'is not a Bitbucket service provider',
      'use BitbucketServiceProvider.DATA_CENTER or BitbucketServiceProvider.CLOUD');
  }
}

/** TFE project ids, as the project's settings page shows them: `prj-` and letters or digits. */
export const PROJECT_ID = /^prj-[A-Za-z0-9]+$/;
/** TFE workspace ids, as the API and the workspace's settings page show them: `ws-` and letters or digits. */
export const WORKSPACE_ID = /^ws-[A-Za-z0-9]+$/;
/** TFE OAuth client ids (Settings > Version control > Providers): `oc-` and letters or digits. */
export const OAUTH_CLIENT_ID = /^oc-[A-Za-z0-9]+$/;
/** TFE OAuth token ids, one per authorized client: `ot-` and letters or digits. */
export const OAUTH_TOKEN_ID = /^ot-[A-Za-z0-9]+$/;
/** TFE agent pool ids: `apool-` and letters or digits. */
export const AGENT_POOL_ID = /^apool-[A-Za-z0-9]+$/;

/** TFE organization names: letters, digits, "-" and "_" (TFE's own rule). */
export const ORGANIZATION_NAME = /^[A-Za-z0-9_-]{1,40}$/;
/** TFE workspace names: letters, digits, "-" and "_", at most 90 (TFE's own rule). */
export const WORKSPACE_NAME = /^[A-Za-z0-9_-]{1,90}$/;

export function checkOrganizationName(prop: string, value: string): void {
  if (typeof value !== 'string' || !ORGANIZATION_NAME.test(value)) {
    throw new BitbucketTfeInputError(prop, value, 'is not a TFE organization name',
      'use the name shown in TFE under Organization settings (letters, digits, "-" and "_"), e.g. "my-org"');
  }
}

/**
 * The name an onboarded repository's workspace gets unless its entry names one: the identifier with "/" and
 * every other character TFE refuses turned into "-" (`PLAT/network` -> `PLAT-network`). The constructs, the
 * doctor and `bitbucket-tfe discover` all use this one rule, so they agree on which workspace an entry means.
 */
export function defaultWorkspaceName(identifier: string): string {
  return identifier.replace(/[^A-Za-z0-9_-]/g, '-');
}

/** An OAuth client id as TFE shows it, not the id of one of its tokens. */
export function checkOAuthClientId(prop: string, value: string): void {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new BitbucketTfeInputError(prop, value, 'is empty', 'give the client\'s id as TFE shows it under Settings > Version control > Providers ("oc-...")');
  }
  if (!OAUTH_CLIENT_ID.test(value)) {
    throw new BitbucketTfeInputError(prop, value, 'is not a TFE OAuth client id',
      'use the id shown in TFE under Settings > Version control > Providers ("oc-..."), not the token id ("ot-...")');
  }
}

/** An OAuth client name that can match a client: TFE shows no client with a blank name. */
export function checkOAuthClientName(prop: string, value: string): void {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new BitbucketTfeInputError(prop, value, 'is empty',
      'give the client\'s name as TFE shows it under Settings > Version control > Providers, or its id instead');
  }
}

/** A client is named one way: by its id or by its name, never both or neither. */
export function checkOAuthClientReference(idProp: string, nameProp: string, id: string | undefined, name: string | undefined): void {
  if ((id === undefined) === (name === undefined)) {
    throw new BitbucketTfeInputError(`${idProp} / ${nameProp}`, id === undefined ? 'neither' : 'both',
      'must identify the OAuth client the workspaces link through: give exactly one',
      'pass the client\'s id ("oc-...": a DataCenterConnection\'s oauthClient.oauthClientId, or the id on TFE\'s provider page), or its name to adopt a client made in the UI');
  }
}

export function checkWorkspaceId(prop: string, value: string): void {
  if (typeof value !== 'string' || !WORKSPACE_ID.test(value)) {
    throw new BitbucketTfeInputError(prop, value, 'is not a TFE workspace id',
      'use the id shown on the workspace\'s settings page ("ws-..."), or let `bitbucket-tfe discover` write it; leave it out to create a new workspace');
  }
}
