import { fieldByValue } from '../fields';
import { ExplainRule } from '../rule';

const MISMATCH = /redirect_uri.{0,80}?(mismatch|does ?n[o']t match|not match|invalid|not (allowed|registered|valid))|(mismatch|invalid).{0,40}?redirect_uri/i;

/** The OAuth authorization failed because the callback URL TFE sent is not the one registered in Bitbucket. */
export const redirectUriMismatch: ExplainRule = {
  id: 'redirect-uri-mismatch',
  match(entry) {
    const field = fieldByValue(entry, MISMATCH);
    if (!field) {
      return undefined;
    }
    return {
      evidence: [field, fieldByValue(entry, /\/auth\/[\w-]+\/callback/)],
      cause: "Bitbucket refused the OAuth authorization: the callback (redirect) URL TFE sent is not the one registered on the Bitbucket OAuth consumer.",
      fix:
        "Copy the OAuth client's callback URL from TFE (Settings > Version control > Providers, or the tfe_oauth_client data source's callback_url, https://<tfe-host>/auth/<id>/callback) into the Bitbucket OAuth consumer's Callback URL, exactly. " +
        'If the TFE hostname changed, fix the hostname first: `bitbucket-tfe doctor --flavor cloud ...` checks that the callback URL is on the TFE host.',
    };
  },
};
