import { HttpOutcome, jsonBody } from '../http';
import { CheckResult } from '../types';
import { BITBUCKET_REACHABLE, serviceName } from './bitbucket-reachable';
import { DoctorContext, cloudErrorMessage, dataCenterException, result, serverMessage, unexpectedAnswer, unexpectedFix } from './common';

export const BITBUCKET_CREDENTIALS = 'bitbucket-credentials';

/**
 * The name of the account the credentials belong to, for fixes such as "grant REPO_ADMIN to <account>".
 * Data Center names the authenticated user in the X-AUSERNAME response header; Cloud returns the account.
 */
export function accountName(probe: HttpOutcome, configuredUsername: string | undefined): string | undefined {
  if (probe.ok && probe.response.status === 200) {
    const header = probe.response.headers['x-ausername'];
    if (typeof header === 'string' && header) {
      return header;
    }
    const body = jsonBody(probe.response) as { username?: unknown; nickname?: unknown; display_name?: unknown } | undefined;
    for (const name of [body?.username, body?.nickname, body?.display_name]) {
      if (typeof name === 'string' && name) {
        return name;
      }
    }
  }
  return configuredUsername;
}

/** Check 1b: Bitbucket accepted the credentials (Solution 3 of the support article, as a program). */
export function bitbucketCredentials(ctx: DoctorContext, probe: HttpOutcome, reachable: CheckResult, account: string | undefined): CheckResult {
  const target = ctx.bitbucketBase;
  if (!probe.ok || reachable.status === 'fail') {
    return result(BITBUCKET_CREDENTIALS, 'skip', target, `not checked: Bitbucket is not reachable (see ${BITBUCKET_REACHABLE})`);
  }
  const response = probe.response;
  const who = account ? ` for ${account}` : '';
  if (response.status === 200) {
    return result(BITBUCKET_CREDENTIALS, 'pass', target, `credentials accepted${who}`);
  }
  if (ctx.flavor === 'cloud') {
    if (response.status === 401) {
      return result(
        BITBUCKET_CREDENTIALS,
        'fail',
        target,
        `Bitbucket Cloud rejected the credentials (401: ${serverMessage(response)})`,
        'Check BITBUCKET_USERNAME and BITBUCKET_TOKEN: with an API token the username is the Atlassian account email, with an app password the Bitbucket username; a token alone is sent as a Bearer access token. Replace an expired or revoked token.',
      );
    }
    if (response.status === 403) {
      return result(
        BITBUCKET_CREDENTIALS,
        'warn',
        target,
        `credentials accepted, but reading the account was refused (403: ${cloudErrorMessage(response) ?? 'forbidden'}); repository checks continue`,
        'Give the token the account read scope (read:user:bitbucket, "Account: Read") so the doctor can name the account in its fixes.',
      );
    }
    return result(BITBUCKET_CREDENTIALS, 'fail', target, unexpectedAnswer(response, serviceName(ctx)), unexpectedFix(response));
  }
  if (response.status === 401 || response.status === 403) {
    const captcha = dataCenterException(response, /captcha/i);
    if (captcha) {
      return result(
        BITBUCKET_CREDENTIALS,
        'fail',
        target,
        `Bitbucket requires a CAPTCHA for this account after failed logins: ${captcha.message ?? captcha.exceptionName}`,
        `Log in once in a browser as the service account and solve the CAPTCHA (or have an administrator reset it under Administration > Users), then fix the credentials that failed.`,
      );
    }
    return result(
      BITBUCKET_CREDENTIALS,
      'fail',
      target,
      `Bitbucket rejected the credentials (${response.status}: ${serverMessage(response)})`,
      `Check BITBUCKET_TOKEN (an HTTP access token of the service account, sent as Bearer) or BITBUCKET_USERNAME with BITBUCKET_PASSWORD; replace an expired or revoked token (Profile > Manage account > HTTP access tokens). ` +
        `To test by hand from the TFE host: curl -v -o /dev/null -H "Authorization: Bearer $BITBUCKET_TOKEN" ${ctx.bitbucketBase}/rest/api/1.0/projects`,
    );
  }
  return result(BITBUCKET_CREDENTIALS, 'fail', target, unexpectedAnswer(response, serviceName(ctx)), unexpectedFix(response));
}
