import { isHtml } from '../http';
import { joinUrl, segment } from '../urls';
import { CheckResult, RepositoryRef } from '../types';
import { BITBUCKET_CREDENTIALS } from './bitbucket-credentials';
import { DoctorContext, cloudErrorMessage, dataCenterException, htmlPageFinding, result, serverMessage, unexpectedAnswer, unexpectedFix } from './common';

export const WEBHOOK_PERMISSION = 'webhook-permission';

/**
 * Check 2, per repository: the service account may manage webhooks, which TFE does when a workspace is
 * linked. Listing webhooks needs the same permission as creating one (Data Center: REPO_ADMIN; Cloud:
 * repository Admin and the `webhook` scope), so a read-only GET proves it without changing anything.
 */
export async function webhookPermission(
  ctx: DoctorContext,
  repo: RepositoryRef,
  account: string | undefined,
  credentials: CheckResult,
): Promise<CheckResult> {
  const target = `${repo.owner}/${repo.slug}`;
  if (credentials.status === 'fail' || credentials.status === 'skip') {
    return result(WEBHOOK_PERMISSION, 'skip', target, `not checked: the Bitbucket credentials do not work (see ${BITBUCKET_CREDENTIALS})`);
  }
  return ctx.flavor === 'cloud' ? cloudWebhooks(ctx, repo, target, account) : dataCenterWebhooks(ctx, repo, target, account);
}

async function dataCenterWebhooks(ctx: DoctorContext, repo: RepositoryRef, target: string, account: string | undefined): Promise<CheckResult> {
  const repoPath = `/rest/api/1.0/projects/${segment(repo.owner)}/repos/${segment(repo.slug)}`;
  const outcome = await ctx.http.get(joinUrl(ctx.bitbucketBase, `${repoPath}/webhooks`), { authorization: ctx.bitbucketAuthorization });
  if (!outcome.ok) {
    return result(WEBHOOK_PERMISSION, 'fail', target, `could not check ${target}: ${outcome.error.message}`, outcome.error.fix);
  }
  const response = outcome.response;
  const user = account ?? 'the service account';
  const subject = account ?? 'The service account';
  // A placeholder, not encoded, when Bitbucket did not say who the token belongs to.
  const nameParameter = account ? encodeURIComponent(account) : '<service-account>';
  if (isHtml(response)) {
    const { message, fix } = htmlPageFinding(response, 'Bitbucket');
    return result(WEBHOOK_PERMISSION, 'fail', target, message, fix);
  }
  if (response.status === 200) {
    return result(WEBHOOK_PERMISSION, 'pass', target, `${subject} may manage webhooks on ${target} (REPO_ADMIN)`);
  }
  const denied = dataCenterException(response, /AuthorisationException$/);
  if ((response.status === 401 || response.status === 403) && denied) {
    return result(
      WEBHOOK_PERMISSION,
      'fail',
      target,
      `${subject} lacks REPO_ADMIN on ${target}: Bitbucket answered ${response.status} ${denied.exceptionName} ("${denied.message ?? 'not permitted'}") to the webhook list, so TFE cannot create its webhook and linking the workspace fails`,
      `Grant REPO_ADMIN to ${user} on ${target}: Repository settings > Repository permissions, or ` +
        `\`PUT ${joinUrl(ctx.bitbucketBase, `${repoPath}/permissions/users`)}?name=${nameParameter}&permission=REPO_ADMIN\` (as a project or repository admin), ` +
        `or onboard the repository with the cdktf-bitbucket-tfe onboarding construct, which grants REPO_ADMIN before the workspace is created.`,
    );
  }
  if (response.status === 401) {
    return result(
      WEBHOOK_PERMISSION,
      'fail',
      target,
      `Bitbucket rejected the credentials on ${target} (401: ${serverMessage(response)})`,
      `Check the service account's token or password (see ${BITBUCKET_CREDENTIALS}).`,
    );
  }
  if (response.status === 404) {
    return result(
      WEBHOOK_PERMISSION,
      'fail',
      target,
      `${target} was not found (404: ${serverMessage(response)})`,
      `Check the project key and repository slug as they appear in the repository URL (/projects/KEY/repos/slug); the key is not the project name.`,
    );
  }
  return result(WEBHOOK_PERMISSION, 'fail', target, unexpectedAnswer(response, `Bitbucket (webhooks of ${target})`), unexpectedFix(response));
}

async function cloudWebhooks(ctx: DoctorContext, repo: RepositoryRef, target: string, account: string | undefined): Promise<CheckResult> {
  const url = joinUrl(ctx.bitbucketBase, `/2.0/repositories/${segment(repo.owner)}/${segment(repo.slug)}/hooks`);
  const outcome = await ctx.http.get(url, { authorization: ctx.bitbucketAuthorization });
  if (!outcome.ok) {
    return result(WEBHOOK_PERMISSION, 'fail', target, `could not check ${target}: ${outcome.error.message}`, outcome.error.fix);
  }
  const response = outcome.response;
  const user = account ?? 'the service account';
  const subject = account ?? 'The service account';
  if (isHtml(response)) {
    const { message, fix } = htmlPageFinding(response, 'Bitbucket Cloud');
    return result(WEBHOOK_PERMISSION, 'fail', target, message, fix);
  }
  if (response.status === 200) {
    return result(WEBHOOK_PERMISSION, 'pass', target, `${subject} may manage webhooks on ${target}`);
  }
  if (response.status === 403) {
    return result(
      WEBHOOK_PERMISSION,
      'fail',
      target,
      `Bitbucket Cloud refused the webhook list of ${target} (403: ${cloudErrorMessage(response) ?? 'forbidden'}): ${user} lacks Admin on the repository, or the credentials lack the webhook scope`,
      `Give ${user} Admin on ${target} (Repository settings > Repository permissions), and give the token or app password the Webhooks: Read and write scope (\`webhook\`); ` +
        `the TFE OAuth consumer needs Account: Write, Repositories: Admin, Pull requests: Write and Webhooks: Read and write. ` +
        `Or onboard the repository with the cdktf-bitbucket-tfe onboarding construct, which grants admin before the workspace is created.`,
    );
  }
  if (response.status === 401) {
    return result(
      WEBHOOK_PERMISSION,
      'fail',
      target,
      `Bitbucket Cloud rejected the credentials on ${target} (401: ${cloudErrorMessage(response) ?? 'unauthorized'})`,
      `Check BITBUCKET_USERNAME and BITBUCKET_TOKEN (see ${BITBUCKET_CREDENTIALS}).`,
    );
  }
  if (response.status === 404) {
    return result(
      WEBHOOK_PERMISSION,
      'fail',
      target,
      `${target} was not found (404: ${cloudErrorMessage(response) ?? 'not found'})`,
      'Check the workspace id and repository slug as they appear in the repository URL (bitbucket.org/<workspace>/<slug>).',
    );
  }
  return result(WEBHOOK_PERMISSION, 'fail', target, unexpectedAnswer(response, `Bitbucket Cloud (webhooks of ${target})`), unexpectedFix(response));
}

