import { CheckRule, CheckSeverity, Finding } from '../rule';
import { isLiteralString } from '../stack-view';

export const literalOAuthTokenRule: CheckRule = {
  id: 'BBTFE10',
  severity: CheckSeverity.ERROR,
  description: 'No workspace (or other VCS-linked resource) names its OAuth token as a literal id in vcs_repo.oauth_token_id',
  fix: 'Read the token through the OAuth client: onboard with DataCenterOnboarding or RepositoryOnboarding, or pass an OAuthClientLookup\'s oauthTokenId, whose preconditions stop the plan when the client is missing or holds no or several tokens; a literal "ot-..." id skips them, breaks when the client is authorized again, and hides the repository from BBTFE1 and BBTFE2',
  check: (view) => {
    const findings: Finding[] = [];
    for (const element of view.ofKind('resource')) {
      const blocks = element.config.vcs_repo;
      for (const block of Array.isArray(blocks) ? blocks : blocks ? [blocks] : []) {
        // A token written directly, or through a local that is itself a literal.
        const token = block?.oauth_token_id;
        const local = typeof token === 'string' ? /^\$\{local\.([\w-]+)\}$/.exec(token) : null;
        const value = local ? view.reachedBy(token).find((e) => e.address === `local.${local[1]}`)?.config.value : token;
        if (!isLiteralString(value) || value === '') continue;
        findings.push({
          construct: element.construct,
          message: `${element.address} (${block.identifier ?? 'no repository'}) links through the literal OAuth token id "${value}"${local ? ` (local.${local[1]})` : ''}`,
        });
      }
    }
    return findings;
  },
};
