import { REPO_ADMIN } from '../../domain/bitbucket-data-center';
import { HttpResponse } from '../http';
import { Answer, cloudErrorMessage, cut, dataCenterException, judge, serverMessage } from '../trust';
import { joinUrl, segment } from '../urls';
import { CheckResult, RepositoryRef } from '../types';
import { AuthenticatedAccount, BITBUCKET_CREDENTIALS, dataCenterUser } from './bitbucket-credentials';
import { BITBUCKET_REACHABLE } from './bitbucket-reachable';
import { DoctorContext, result, unexpectedAnswer, unexpectedFix } from './common';

export const WEBHOOK_PERMISSION = 'webhook-permission';
export const REPOSITORIES = 'repositories';

/**
 * Check 2, per repository: the service account may manage webhooks, which TFE does when a workspace is
 * linked. Listing webhooks needs the same permission as creating one (Data Center: REPO_ADMIN; Cloud:
 * repository Admin and the `webhook` scope), so a read-only GET proves it without changing anything.
 * `account` is who the credentials check found; without it (credentials failed) the repositories are skipped.
 */
export async function webhookPermission(ctx: DoctorContext, repo: RepositoryRef, account: AuthenticatedAccount | undefined, reachable: CheckResult): Promise<CheckResult> {
  const target = `${repo.owner}/${repo.slug}`;
  if (reachable.status === 'fail') {
    return result(WEBHOOK_PERMISSION, 'skip', target, `not checked: Bitbucket is not reachable (see ${BITBUCKET_REACHABLE})`);
  }
  if (!account) {
    return result(WEBHOOK_PERMISSION, 'skip', target, `not checked: the credentials were not confirmed (see ${BITBUCKET_CREDENTIALS})`);
  }
  return ctx.flavor === 'cloud' ? cloudWebhooks(ctx, repo, target, account) : dataCenterWebhooks(ctx, repo, target, account);
}

/** The finding when zero repositories were checked: a gate that checked nothing must not pass. */
export function noRepositories(): CheckResult {
  return result(
    REPOSITORIES,
    'fail',
    'repositories',
    'no repository was checked: the list is empty, so nothing proves that TFE may manage webhooks anywhere',
    'Give the repositories to check: --repo, --repos-file (one PROJECT/slug or workspace/slug a line; - reads standard input), or an onboarding file with repositories for this connection.',
  );
}

/** A missing grant: `pending` when the deploy about to run makes it (before-deploy mode), `fail` otherwise. */
function missingGrant(ctx: DoctorContext, repo: RepositoryRef, target: string, message: string, fix: string): CheckResult {
  if (ctx.beforeDeploy && repo.grantedByDeploy) {
    return result(WEBHOOK_PERMISSION, 'pending', target, `${message}; the deploy grants it`, `Nothing to do before the deploy: it grants the permission. Run the doctor without --before-deploy after it.`);
  }
  return result(WEBHOOK_PERMISSION, 'fail', target, message, fix);
}

function untrustedFinding(target: string, answer: Extract<Answer<unknown>, { kind: 'untrusted' }>): CheckResult {
  return result(WEBHOOK_PERMISSION, 'fail', target, `could not check ${target}: ${answer.message}`, answer.fix);
}

async function dataCenterWebhooks(ctx: DoctorContext, repo: RepositoryRef, target: string, account: AuthenticatedAccount): Promise<CheckResult> {
  const repoPath = `/rest/api/1.0/projects/${segment(repo.owner)}/repos/${segment(repo.slug)}`;
  const outcome = await ctx.http.get(joinUrl(ctx.bitbucketBase, `${repoPath}/webhooks`), { authorization: ctx.bitbucketAuthorization });
  const answer = judge(outcome, 'dc-page', 'Bitbucket', 'a page of webhooks');
  if (answer.kind === 'untrusted') {
    return untrustedFinding(target, answer);
  }
  const response = answer.response;
  const user = account.name;
  if (answer.kind === 'valid') {
    const answeredTo = dataCenterUser(response);
    if (!answeredTo || answeredTo.toLowerCase() !== user.toLowerCase()) {
      return result(
        WEBHOOK_PERMISSION,
        'fail',
        target,
        `Bitbucket listed the webhooks of ${target}, but ${answeredTo ? `as ${answeredTo}, not as ${user}` : 'not as an authenticated user (no X-AUSERNAME header)'}: the answer does not prove ${user}'s permission`,
        'Check that nothing between this machine and Bitbucket (a proxy or cache) answers for Bitbucket or rewrites its headers.',
      );
    }
    return result(WEBHOOK_PERMISSION, 'pass', target, `${user} may manage webhooks on ${target} (REPO_ADMIN)`);
  }
  const nameParameter = encodeURIComponent(user);
  const denied = dataCenterException(response, /AuthorisationException$/);
  if ((response.status === 401 || response.status === 403) && denied) {
    return missingGrant(
      ctx,
      repo,
      target,
      `${user} lacks REPO_ADMIN on ${target}: Bitbucket answered ${response.status} ${denied.exceptionName} ("${cut(response.redact(denied.message ?? 'not permitted'), 200)}") to the webhook list, so TFE cannot create its webhook and linking the workspace fails`,
      `Grant REPO_ADMIN to ${user} on ${target}: Repository settings > Repository permissions, or ` +
        `\`PUT ${joinUrl(ctx.bitbucketBase, `${repoPath}/permissions/users`)}?name=${nameParameter}&permission=${REPO_ADMIN}\` (as a project or repository admin), ` +
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
  return unexpected(response, target, `Bitbucket (webhooks of ${target})`);
}

async function cloudWebhooks(ctx: DoctorContext, repo: RepositoryRef, target: string, account: AuthenticatedAccount): Promise<CheckResult> {
  const url = joinUrl(ctx.bitbucketBase, `/2.0/repositories/${segment(repo.owner)}/${segment(repo.slug)}/hooks`);
  const outcome = await ctx.http.get(url, { authorization: ctx.bitbucketAuthorization });
  const answer = judge(outcome, 'cloud-page', 'Bitbucket Cloud', 'a page of webhooks');
  if (answer.kind === 'untrusted') {
    return untrustedFinding(target, answer);
  }
  const response = answer.response;
  const user = account.name;
  if (answer.kind === 'valid') {
    return result(WEBHOOK_PERMISSION, 'pass', target, `${user} may manage webhooks on ${target}`);
  }
  const message = cloudErrorMessage(response);
  if (response.status === 403 && message !== undefined) {
    return missingGrant(
      ctx,
      repo,
      target,
      `Bitbucket Cloud refused the webhook list of ${target} (403: ${message}): ${user} lacks Admin on the repository, or the credentials lack the webhook scope`,
      `Give ${user} Admin on ${target} (Repository settings > Repository permissions), and give the token or app password the Webhooks: Read and write scope (\`webhook\`); ` +
        `the TFE OAuth consumer needs Account: Write, Repositories: Admin, Pull requests: Write and Webhooks: Read and write. ` +
        `Or onboard the repository with the cdktf-bitbucket-tfe onboarding construct, which grants admin before the workspace is created.`,
    );
  }
  if (response.status === 401 && message !== undefined) {
    return result(
      WEBHOOK_PERMISSION,
      'fail',
      target,
      `Bitbucket Cloud rejected the credentials on ${target} (401: ${message})`,
      `Check BITBUCKET_USERNAME and BITBUCKET_TOKEN (see ${BITBUCKET_CREDENTIALS}).`,
    );
  }
  if (response.status === 404 && message !== undefined) {
    return result(
      WEBHOOK_PERMISSION,
      'fail',
      target,
      `${target} was not found (404: ${message})`,
      'Check the workspace id and repository slug as they appear in the repository URL (bitbucket.org/<workspace>/<slug>).',
    );
  }
  return unexpected(response, target, `Bitbucket Cloud (webhooks of ${target})`);
}

function unexpected(response: HttpResponse, target: string, what: string): CheckResult {
  return result(WEBHOOK_PERMISSION, 'fail', target, unexpectedAnswer(response, what), unexpectedFix(response));
}
