import { fieldByKey, fieldByValue, httpStatus } from '../fields';
import { ExplainRule } from '../rule';

const CLOUD_REPOSITORY = /api\.bitbucket\.org\/2\.0\/repositories\/([^/\s"'<>?]+)\/([^/\s"'<>?]+)(\/hooks)?/i;

/** Bitbucket Cloud answered 403: the account lacks a repository permission or the OAuth consumer a scope. */
export const bitbucketCloudForbidden: ExplainRule = {
  id: 'bitbucket-cloud-forbidden',
  match(entry) {
    const url = fieldByValue(entry, /api\.bitbucket\.org\/2\.0\//i);
    const status = httpStatus(entry);
    if (!url || status?.status !== 403) {
      return undefined;
    }
    const repository = CLOUD_REPOSITORY.exec(url.value);
    const where = repository ? `${repository[1]}/${repository[2]}` : 'the repository';
    const hooks = !!repository?.[3];
    return {
      evidence: [url, status.field, fieldByKey(entry, /^message$/)],
      cause: hooks
        ? `Bitbucket Cloud refused TFE access to the webhooks of ${where}: the account that connected TFE lacks Admin on the repository, or the OAuth consumer lacks the Webhooks: Read and write permission (scope webhook).`
        : `Bitbucket Cloud refused the request (403): the account that connected TFE lacks a permission on ${where}, or the OAuth consumer lacks a scope.`,
      fix:
        `In Bitbucket Cloud, edit the OAuth consumer (Workspace settings > OAuth consumers): Account: Write, Repositories: Admin, Pull requests: Write, Webhooks: Read and write, "This is a private consumer". ` +
        `Give the connecting account Admin on ${where}. Then reconnect in TFE (Settings > Version control > Providers) so the token carries the new scopes.`,
    };
  },
};
