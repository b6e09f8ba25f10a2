import { HttpResponse } from '../http';
import { Answer, cloudErrorMessage, dataCenterException, excerpt, isDataCenterError, serverMessage } from '../trust';
import { CheckResult } from '../types';
import { BITBUCKET_REACHABLE, serviceName } from './bitbucket-reachable';
import { DoctorContext, result, unexpectedAnswer, unexpectedFix } from './common';

export const BITBUCKET_CREDENTIALS = 'bitbucket-credentials';

/** A Bitbucket Cloud account as `GET /2.0/user` returns it (shape checked by the `cloud-account` schema). */
export interface CloudAccount {
  readonly uuid: string;
  readonly nickname?: string;
  readonly display_name?: string;
}

/** Who the credentials authenticate, as Bitbucket reports it. */
export interface AuthenticatedAccount {
  /** Data Center user name (X-AUSERNAME), or the Cloud account's nickname. */
  readonly name: string;
  /** Cloud account UUID in braces. */
  readonly uuid?: string;
}

export interface CredentialsFinding {
  readonly check: CheckResult;
  /** Set when the credentials check passed (or only warned): the account the repository answers must be given to. */
  readonly account?: AuthenticatedAccount;
}

/**
 * The user an answer of Data Center was given to: the X-AUSERNAME header of Atlassian's servers, which anonymous
 * answers do not carry (or carry as "anonymous").
 */
export function dataCenterUser(response: HttpResponse): string | undefined {
  const header = response.headers['x-ausername'];
  const name = Array.isArray(header) ? header[0] : header;
  return name && name.toLowerCase() !== 'anonymous' ? name : undefined;
}

/** Cloud UUIDs compare without braces and case. */
export function sameCloudUuid(a: string, b: string): boolean {
  const bare = (value: string) => value.trim().replace(/^\{|\}$/g, '').toLowerCase();
  return bare(a) === bare(b);
}

/**
 * Check 1b: Bitbucket accepted the credentials, and they are the configured service account's (Solution 3 of the
 * support article, as a program). `serviceAccount` is the Data Center user name or Cloud account UUID to expect.
 */
export function bitbucketCredentials(ctx: DoctorContext, probe: Answer<unknown>, reachable: CheckResult, serviceAccount: string | undefined): CredentialsFinding {
  const target = ctx.bitbucketBase;
  if (reachable.status === 'fail' || probe.kind === 'untrusted') {
    return { check: result(BITBUCKET_CREDENTIALS, 'skip', target, `not checked: Bitbucket is not reachable (see ${BITBUCKET_REACHABLE})`) };
  }
  return ctx.flavor === 'cloud' ? cloudCredentials(ctx, probe, serviceAccount) : dataCenterCredentials(ctx, probe, serviceAccount);
}

function dataCenterCredentials(ctx: DoctorContext, probe: Exclude<Answer<unknown>, { kind: 'untrusted' }>, serviceAccount: string | undefined): CredentialsFinding {
  const target = ctx.bitbucketBase;
  const response = probe.response;
  if (probe.kind === 'valid') {
    const user = dataCenterUser(response);
    if (!user) {
      return {
        check: result(
          BITBUCKET_CREDENTIALS,
          'fail',
          target,
          'Bitbucket answered, but not as an authenticated user (no X-AUSERNAME header): the request was served anonymously (public access), or a proxy in front of Bitbucket answered or removed the header',
          'Check that the credentials are sent as configured (BITBUCKET_TOKEN as Bearer, or BITBUCKET_USERNAME with BITBUCKET_PASSWORD) and that the URL reaches Bitbucket itself; a proxy must pass X-AUSERNAME through.',
        ),
      };
    }
    if (serviceAccount && serviceAccount.toLowerCase() !== user.toLowerCase()) {
      return { check: wrongAccount(target, user, serviceAccount) };
    }
    const configured = serviceAccount ? ', the configured service account' : '';
    return { check: result(BITBUCKET_CREDENTIALS, 'pass', target, `credentials accepted for ${user}${configured}`), account: { name: user } };
  }
  if (response.status === 401 || response.status === 403) {
    if (!isDataCenterError(response)) {
      return { check: notBitbucket(target, response, 'Bitbucket Data Center') };
    }
    const captcha = dataCenterException(response, /captcha/i);
    if (captcha) {
      return {
        check: result(
          BITBUCKET_CREDENTIALS,
          'fail',
          target,
          `Bitbucket requires a CAPTCHA for this account after failed logins: ${serverMessage(response)}`,
          `Log in once in a browser as the service account and solve the CAPTCHA (or have an administrator reset it under Administration > Users), then fix the credentials that failed.`,
        ),
      };
    }
    return {
      check: result(
        BITBUCKET_CREDENTIALS,
        'fail',
        target,
        `Bitbucket rejected the credentials (${response.status}: ${serverMessage(response)})`,
        `Check BITBUCKET_TOKEN (an HTTP access token of the service account, sent as Bearer) or BITBUCKET_USERNAME with BITBUCKET_PASSWORD; replace an expired or revoked token (Profile > Manage account > HTTP access tokens). ` +
          `To test by hand from the TFE host: curl -v -o /dev/null -H "Authorization: Bearer $BITBUCKET_TOKEN" ${ctx.bitbucketBase}/rest/api/1.0/projects`,
      ),
    };
  }
  return { check: result(BITBUCKET_CREDENTIALS, 'fail', target, unexpectedAnswer(response, serviceName(ctx)), unexpectedFix(response)) };
}

function cloudCredentials(ctx: DoctorContext, probe: Exclude<Answer<unknown>, { kind: 'untrusted' }>, serviceAccount: string | undefined): CredentialsFinding {
  const target = ctx.bitbucketBase;
  const response = probe.response;
  if (probe.kind === 'valid') {
    const account = probe.body as CloudAccount;
    const name = account.nickname || account.display_name || account.uuid;
    if (serviceAccount && !sameCloudUuid(serviceAccount, account.uuid)) {
      return { check: wrongAccount(target, `${name} ${account.uuid}`, serviceAccount) };
    }
    const configured = serviceAccount ? ', the configured service account' : '';
    return { check: result(BITBUCKET_CREDENTIALS, 'pass', target, `credentials accepted for ${name} (${account.uuid})${configured}`), account: { name, uuid: account.uuid } };
  }
  const message = cloudErrorMessage(response);
  if ((response.status === 401 || response.status === 403) && message === undefined) {
    return { check: notBitbucket(target, response, 'Bitbucket Cloud') };
  }
  if (response.status === 401) {
    return {
      check: result(
        BITBUCKET_CREDENTIALS,
        'fail',
        target,
        `Bitbucket Cloud rejected the credentials (401: ${message})`,
        'Check BITBUCKET_USERNAME and BITBUCKET_TOKEN: with an API token the username is the Atlassian account email, with an app password the Bitbucket username; a token alone is sent as a Bearer access token. Replace an expired or revoked token.',
      ),
    };
  }
  if (response.status === 403) {
    const scopeFix = 'Give the token the account read scope (read:user:bitbucket, "Account: Read") so the doctor can tell whose credentials these are.';
    if (serviceAccount) {
      return {
        check: result(
          BITBUCKET_CREDENTIALS,
          'fail',
          target,
          `credentials accepted, but reading the account was refused (403: ${message}), so they cannot be confirmed to be the configured service account ${serviceAccount}'s`,
          scopeFix,
        ),
      };
    }
    return {
      check: result(BITBUCKET_CREDENTIALS, 'warn', target, `credentials accepted, but reading the account was refused (403: ${message}); repository checks continue`, scopeFix),
      account: { name: 'the service account' },
    };
  }
  return { check: result(BITBUCKET_CREDENTIALS, 'fail', target, unexpectedAnswer(response, serviceName(ctx)), unexpectedFix(response)) };
}

function wrongAccount(target: string, actual: string, expected: string): CheckResult {
  return result(
    BITBUCKET_CREDENTIALS,
    'fail',
    target,
    `the credentials belong to ${actual}, not to the configured service account ${expected}: TFE acts as the account that authorized its OAuth client, so checking another account proves nothing`,
    `Run the doctor with the credentials of ${expected} (the account that authorized the TFE OAuth client), or correct the service account in the onboarding file / --service-account.`,
  );
}

/** A 401/403 whose body is not Bitbucket's: something in front of Bitbucket refused the request. */
function notBitbucket(target: string, response: HttpResponse, service: string): CheckResult {
  return result(
    BITBUCKET_CREDENTIALS,
    'fail',
    target,
    `the first request was refused with HTTP ${response.status}, but not in ${service}'s error format (${excerpt(response) || 'empty body'}): a web application firewall, proxy or gateway refused it, so whether Bitbucket accepts the credentials is unknown`,
    'Ask the team that runs the firewall or proxy in front of Bitbucket to let the REST API calls of this machine through (no browser challenge, no IP block), then run again.',
  );
}
