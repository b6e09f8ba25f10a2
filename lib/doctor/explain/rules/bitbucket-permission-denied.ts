import { fieldByValue, httpStatus } from '../fields';
import { ExplainRule } from '../rule';

const REST_PATH = /\/rest\/[^\s"'<>?]+/;
const REPOSITORY_PATH = /\/rest\/api\/(?:1\.0|latest)\/projects\/([^/\s"'<>?]+)\/repos\/([^/\s"'<>?]+)/i;

/**
 * Bitbucket Data Center's AuthorisationException on any resource other than webhooks (those have their
 * own rule): the account is known, it lacks a permission.
 */
export const bitbucketPermissionDenied: ExplainRule = {
  id: 'bitbucket-permission-denied',
  match(entry) {
    const exception = fieldByValue(entry, /com\.atlassian\.bitbucket\.AuthorisationException/);
    if (!exception) {
      return undefined;
    }
    const url = fieldByValue(entry, REST_PATH);
    const path = url && REST_PATH.exec(url.value)?.[0];
    const repository = path ? REPOSITORY_PATH.exec(path) : null;
    return {
      evidence: [url, httpStatus(entry)?.field, exception, fieldByValue(entry, /not permitted/i)],
      cause: `The Bitbucket account TFE uses is known to Bitbucket but lacks the permission ${path ? `${path} requires` : 'the request requires'}.`,
      fix: repository
        ? `Grant REPO_ADMIN on ${repository[1]}/${repository[2]} to the service account (Repository settings > Repository permissions), or onboard the repository with the cdktf-bitbucket-tfe onboarding construct; TFE needs REPO_ADMIN on every linked repository.`
        : 'Grant the service account the permission the resource needs (project or global permissions in Bitbucket); TFE itself needs REPO_ADMIN on every linked repository.',
    };
  },
};
