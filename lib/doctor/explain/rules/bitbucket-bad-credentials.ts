import { fieldByKey, fieldByValue, httpStatus } from '../fields';
import { ExplainRule } from '../rule';

/**
 * Bitbucket Data Center answered 401 because it did not accept the credentials at all (as opposed to the
 * AuthorisationException of a known account without permission).
 */
export const bitbucketBadCredentials: ExplainRule = {
  id: 'bitbucket-bad-credentials',
  match(entry) {
    const status = httpStatus(entry);
    if (status?.status !== 401 || fieldByValue(entry, /AuthorisationException/) || fieldByValue(entry, /api\.bitbucket\.org/)) {
      return undefined;
    }
    const exception = fieldByKey(entry, /^exceptionName$/, /(\.auth\.|Authentication\w*Exception|IncorrectPassword|Captcha)/i);
    const message = fieldByValue(entry, /authentication failed|check your credentials|incorrect (username|password)|captcha/i);
    if (!exception && !message) {
      return undefined;
    }
    const captcha = /captcha/i.test(`${exception?.value ?? ''} ${message?.value ?? ''}`);
    return {
      evidence: [fieldByValue(entry, /\/rest\//), status.field, exception, message],
      cause: captcha
        ? 'Bitbucket Data Center requires a CAPTCHA for the service account after repeated failed logins, so it rejects every API call with its credentials.'
        : 'Bitbucket Data Center did not accept the credentials (401): the password or token is wrong, expired or revoked, or the account is disabled.',
      fix: captcha
        ? 'Log in once in a browser as the service account and solve the CAPTCHA (or have an administrator reset it under Administration > Users), then correct the credentials that kept failing.'
        : 'Check the service account is active (Administration > Users) and its credentials work: `bitbucket-tfe doctor --bitbucket-url <url>` with BITBUCKET_TOKEN set, or `curl -v -o /dev/null -H "Authorization: Bearer $BITBUCKET_TOKEN" <url>/rest/api/1.0/projects`. Replace an expired token.',
    };
  },
};
