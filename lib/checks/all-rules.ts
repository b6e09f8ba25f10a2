import { CheckRule } from './rule';
import { applicationLinkHostRule } from './rules/application-link-host';
import { broadProjectAdminRule } from './rules/broad-project-admin';
import { callbackUrlHostRule } from './rules/callback-url-host';
import { deprecatedServerRule } from './rules/deprecated-bitbucket-server';
import { repositoryAdminRule } from './rules/repository-admin';
import { insecureHttpRule } from './rules/insecure-http';
import { literalOAuthTokenRule } from './rules/literal-oauth-token';
import { literalSecretRule } from './rules/literal-secret';
import { oauthClientUrlsRule } from './rules/oauth-client-urls';
import { workspaceOrderRule } from './rules/workspace-depends-on-grant';

/** Every rule, in id order. */
export const ALL_RULES: readonly CheckRule[] = [
  repositoryAdminRule,
  workspaceOrderRule,
  oauthClientUrlsRule,
  applicationLinkHostRule,
  callbackUrlHostRule,
  deprecatedServerRule,
  literalSecretRule,
  broadProjectAdminRule,
  insecureHttpRule,
  literalOAuthTokenRule,
];
