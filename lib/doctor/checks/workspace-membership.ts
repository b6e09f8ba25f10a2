import { cloudErrorMessage, judge } from '../trust';
import { joinUrl, segment } from '../urls';
import { CheckResult } from '../types';
import { AuthenticatedAccount, BITBUCKET_CREDENTIALS } from './bitbucket-credentials';
import { DoctorContext, result, unexpectedAnswer, unexpectedFix } from './common';

export const WORKSPACE_MEMBERSHIP = 'workspace-membership';

/**
 * Check 2b (Cloud), per workspace: the service account is a member of the workspace and not its owner. The
 * repository-permission API that grants the account admin refuses both a non-member and the owner (and answers
 * 402 when the workspace is at its plan's user limit), so the deploy's grants would fail.
 * `GET /2.0/user/workspaces/{workspace}/permission` answers the caller's role, with the service account's credentials.
 */
export async function workspaceMembership(ctx: DoctorContext, workspace: string, account: AuthenticatedAccount | undefined): Promise<CheckResult> {
  if (!account) {
    return result(WORKSPACE_MEMBERSHIP, 'skip', workspace, `not checked: the credentials were not confirmed (see ${BITBUCKET_CREDENTIALS})`);
  }
  const url = joinUrl(ctx.bitbucketBase, `/2.0/user/workspaces/${segment(workspace)}/permission`);
  const answer = judge<{ permission: string }>(await ctx.http.get(url, { authorization: ctx.bitbucketAuthorization }), 'cloud-workspace-permission', 'Bitbucket Cloud', 'a workspace membership');
  if (answer.kind === 'untrusted') {
    return result(WORKSPACE_MEMBERSHIP, 'fail', workspace, `could not check workspace ${workspace}: ${answer.message}`, answer.fix);
  }
  const user = account.name;
  if (answer.kind === 'valid') {
    const role = answer.body.permission;
    if (role === 'owner') {
      return result(
        WORKSPACE_MEMBERSHIP,
        'fail',
        workspace,
        `${user} is the owner of workspace ${workspace}: Bitbucket Cloud refuses repository permission grants to the workspace owner, so the deploy's grants fail`,
        'Use a dedicated service account that is a plain member of the workspace (not its owner) for TFE, and authorize the OAuth client as that account.',
      );
    }
    return result(WORKSPACE_MEMBERSHIP, 'pass', workspace, `${user} is a member of workspace ${workspace} (${role}), not its owner`);
  }
  const response = answer.response;
  const message = cloudErrorMessage(response);
  if ((response.status === 403 || response.status === 404) && message !== undefined) {
    return result(
      WORKSPACE_MEMBERSHIP,
      'fail',
      workspace,
      `${user} is not a member of workspace ${workspace} (${response.status}: ${message}): Bitbucket Cloud refuses repository permission grants to non-members`,
      `Invite the service account to workspace ${workspace} (Workspace settings > User management) and have it accept; a free seat is needed (HTTP 402 means the plan's user limit is reached).`,
    );
  }
  return result(WORKSPACE_MEMBERSHIP, 'fail', workspace, unexpectedAnswer(response, `Bitbucket Cloud (membership in ${workspace})`), unexpectedFix(response));
}
