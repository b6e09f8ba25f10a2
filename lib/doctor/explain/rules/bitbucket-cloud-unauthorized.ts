import { fieldByKey, fieldByValue, httpStatus } from '../fields';
import { ExplainRule } from '../rule';

/** Bitbucket Cloud answered 401: the OAuth token TFE holds no longer authenticates. */
export const bitbucketCloudUnauthorized: ExplainRule = {
  id: 'bitbucket-cloud-unauthorized',
  match(entry) {
    const url = fieldByValue(entry, /api\.bitbucket\.org\/2\.0\//i);
    const status = httpStatus(entry);
    if (!url || status?.status !== 401) {
      return undefined;
    }
    return {
      evidence: [url, status.field, fieldByKey(entry, /^message$/)],
      cause: 'Bitbucket Cloud did not accept the OAuth token TFE holds: the access was revoked, the OAuth consumer was deleted or its secret changed, or the connecting account lost access to the workspace.',
      fix: 'Check the OAuth consumer still exists with the key and secret the TFE OAuth client uses, then reconnect in TFE (Settings > Version control > Providers) and Grant access as the service account.',
    };
  },
};
