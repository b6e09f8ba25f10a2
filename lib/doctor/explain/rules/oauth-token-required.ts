import { fieldByValue } from '../fields';
import { ExplainRule } from '../rule';

const REQUIRED = /oauth[ _-]token(?:[ _-]id)? (?:is )?(?:required|missing|must be (?:set|present|specified))|(?:missing|requires? an?) oauth[ _-]token/i;

/** A workspace or client operation needed an OAuth token the TFE OAuth client does not have. */
export const oauthTokenRequired: ExplainRule = {
  id: 'oauth-token-required',
  match(entry) {
    const field = fieldByValue(entry, REQUIRED);
    if (!field) {
      return undefined;
    }
    return {
      evidence: [field],
      cause:
        "TFE needed an OAuth token and had none: the OAuth client was never authorized (its oauth-tokens list is empty), or a workspace's vcs_repo has no oauth_token_id. " +
        'Creating a Bitbucket Cloud client through the API also requires an oauth_token.',
      fix:
        'Authorize the client once: in TFE, Settings > Version control > Providers > Connect organization, then Allow (Data Center) or Grant access (Cloud) in Bitbucket while logged in as the service account. ' +
        'Then give workspaces the client\'s oauth_token_id (the tfe_oauth_client data source). `bitbucket-tfe doctor` reports this as tfe-oauth-token.',
    };
  },
};
