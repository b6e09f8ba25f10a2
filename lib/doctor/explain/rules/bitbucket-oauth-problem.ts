import { fieldByValue } from '../fields';
import { ExplainRule } from '../rule';

const RECONNECT =
  'Reconnect the OAuth client: in TFE, Settings > Version control > Providers > the Bitbucket client > Reconnect (or Connect organization), then Allow in Bitbucket while logged in as the service account.';

/** OAuth 1.0a problem codes Bitbucket Data Center reports in `WWW-Authenticate: OAuth ... oauth_problem=...`. */
const PROBLEMS: Record<string, { cause: string; fix: string }> = {
  signature_invalid: {
    cause:
      "Bitbucket could not verify TFE's request signature with the application link's public key: the RSA key pair differs between TFE (the OAuth client's private key) and Bitbucket (the link's incoming public key).",
    fix:
      "Use one key pair on both sides: the TFE OAuth client's secret must be the private key whose public key is on the application link. The cdktf-bitbucket-tfe connect construct generates one pair for both; `bitbucket-tfe doctor --private-key-file key.pem ...` compares them.",
  },
  consumer_key_unknown: {
    cause: "No application link in Bitbucket has an incoming consumer with the TFE OAuth client's key.",
    fix: "Make the TFE OAuth client's key equal to the consumer key of the application link's incoming authentication (Administration > Application links).",
  },
  consumer_key_rejected: {
    cause: "Bitbucket rejected the TFE OAuth client's consumer key.",
    fix: "Check the application link's incoming authentication: its consumer key must be the TFE OAuth client's key.",
  },
  token_rejected: { cause: 'Bitbucket rejected the OAuth access token TFE holds: it was revoked, or the application link was recreated.', fix: RECONNECT },
  token_revoked: { cause: 'The OAuth access token TFE holds was revoked in Bitbucket.', fix: RECONNECT },
  token_expired: { cause: 'The OAuth access token TFE holds has expired.', fix: RECONNECT },
  permission_denied: { cause: 'The service account denied or no longer grants TFE access through the application link.', fix: RECONNECT },
  timestamp_refused: {
    cause: "Bitbucket refused the request's OAuth timestamp: the clocks of TFE and Bitbucket differ by more than a few minutes.",
    fix: 'Synchronize both hosts with NTP.',
  },
  nonce_used: {
    cause: 'Bitbucket saw the same OAuth nonce twice, which usually means a retried request or clocks that differ.',
    fix: 'Synchronize both hosts with NTP and retry.',
  },
};

/** Bitbucket Data Center's OAuth 1.0a errors (application link authentication). */
export const bitbucketOAuthProblem: ExplainRule = {
  id: 'bitbucket-oauth-problem',
  match(entry) {
    const field = fieldByValue(entry, /oauth_problem="?\w+/);
    const problem = field && /oauth_problem="?(\w+)/.exec(field.value)?.[1];
    if (!field || !problem) {
      return undefined;
    }
    const known = PROBLEMS[problem];
    return {
      evidence: [field],
      cause: known?.cause ?? `Bitbucket rejected TFE's OAuth 1.0a request (oauth_problem=${problem}).`,
      fix: known?.fix ?? `Check the application link's incoming authentication against the TFE OAuth client (consumer key and RSA public key). ${RECONNECT}`,
    };
  },
};
