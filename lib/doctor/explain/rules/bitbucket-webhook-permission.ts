import { REPO_ADMIN } from '../../../domain/bitbucket-data-center';
import { fieldByKey, fieldByValue, httpStatus } from '../fields';
import { ExplainRule } from '../rule';

/** `.../rest/api/1.0/projects/{KEY}/repos/{slug}/webhooks`, capturing the instance base, key and slug. */
const WEBHOOKS_URL = /(https?:\/\/[^\s"'<>]*?)?\/rest\/api\/(?:1\.0|latest)\/projects\/([^/\s"'<>?]+)\/repos\/([^/\s"'<>?]+)\/webhooks\b/i;

/**
 * The support article's failure: TFE lists or creates the repository's webhook and Bitbucket Data Center
 * answers 401 `com.atlassian.bitbucket.AuthorisationException`, because the service account lacks REPO_ADMIN.
 */
export const bitbucketWebhookPermission: ExplainRule = {
  id: 'bitbucket-webhook-permission',
  match(entry) {
    const url = fieldByValue(entry, WEBHOOKS_URL);
    if (!url) {
      return undefined;
    }
    const exception = fieldByValue(entry, /AuthorisationException/);
    const message = fieldByValue(entry, /not permitted to access this resource/i);
    const status = httpStatus(entry);
    if (!exception && !(message && status?.status === 401)) {
      return undefined;
    }
    if (status && status.status !== 401 && status.status !== 403) {
      return undefined;
    }
    const [, base, rawProject, rawRepo] = WEBHOOKS_URL.exec(url.value) ?? [];
    const project = safeDecode(rawProject);
    const repo = safeDecode(rawRepo);
    const instance = base ?? '<bitbucket-url>';
    return {
      evidence: [url, status?.field, exception, message ?? fieldByKey(entry, /^message$/)],
      cause:
        `The Bitbucket account TFE uses lacks REPO_ADMIN on ${project}/${repo}. Bitbucket Data Center requires REPO_ADMIN to list or create webhooks ` +
        `and answers 401 AuthorisationException without it, so TFE cannot create its webhook and linking the workspace fails.`,
      fix:
        `Grant REPO_ADMIN on ${project}/${repo} to the service account that authorized the TFE OAuth client: Repository settings > Repository permissions, ` +
        `or \`PUT ${instance}/rest/api/1.0/projects/${rawProject}/repos/${rawRepo}/permissions/users?name=<service-account>&permission=${REPO_ADMIN}\`, ` +
        `or onboard the repository with the cdktf-bitbucket-tfe onboarding construct, which grants REPO_ADMIN before the workspace is created. ` +
        `Then link the workspace again. Verify with: bitbucket-tfe doctor --bitbucket-url ${instance} --project ${project} --repo ${repo}`,
    };
  },
};

function safeDecode(value: string | undefined): string {
  if (!value) {
    return '?';
  }
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
