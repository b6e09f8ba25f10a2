import { ExplainRule } from '../rule';
import { bitbucketBadCredentials } from './bitbucket-bad-credentials';
import { bitbucketCloudForbidden } from './bitbucket-cloud-forbidden';
import { bitbucketCloudUnauthorized } from './bitbucket-cloud-unauthorized';
import { bitbucketOAuthProblem } from './bitbucket-oauth-problem';
import { bitbucketPermissionDenied } from './bitbucket-permission-denied';
import { bitbucketWebhookPermission } from './bitbucket-webhook-permission';
import { oauthTokenRequired } from './oauth-token-required';
import { redirectUriMismatch } from './redirect-uri-mismatch';
import { repositoryNotAccessible } from './repository-not-accessible';

/** In order of precedence: the first rule that matches an entry explains it, so specific rules come first. */
export const RULES: readonly ExplainRule[] = [
  bitbucketWebhookPermission,
  bitbucketOAuthProblem,
  bitbucketPermissionDenied,
  bitbucketBadCredentials,
  bitbucketCloudForbidden,
  bitbucketCloudUnauthorized,
  redirectUriMismatch,
  repositoryNotAccessible,
  oauthTokenRequired,
];
