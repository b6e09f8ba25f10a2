import { fieldByValue, httpStatus } from '../fields';
import { ExplainRule } from '../rule';

const NOT_ACCESSIBLE =
  /(repositor(?:y|ies)|vcs[ _-]?repo)\b.{0,120}?(not accessible|inaccessible|not found|could not be (?:found|accessed)|cannot be (?:found|accessed)|does ?n[o']t exist|no access|not authorized)/i;
const IDENTIFIER = /(?:repository|identifier)\s*[:=]?\s*["'`]?([\w.~-]+\/[\w.~-]+)/i;

/** TFE answered 422 when linking: the OAuth token cannot reach the repository, or the identifier is wrong. */
export const repositoryNotAccessible: ExplainRule = {
  id: 'repository-not-accessible',
  match(entry) {
    const field = fieldByValue(entry, NOT_ACCESSIBLE);
    if (!field) {
      return undefined;
    }
    const status = httpStatus(entry);
    const says422 = status?.status === 422 || /\b422\b/.test(entry.text);
    if (!says422) {
      return undefined;
    }
    const identifier = IDENTIFIER.exec(field.value)?.[1];
    const which = identifier ? ` ${identifier}` : '';
    return {
      evidence: [field, status?.field],
      cause: `TFE could not access the repository${which} through the OAuth client's token: the Bitbucket account that authorized the client cannot read it, or the identifier is wrong.`,
      fix:
        'Use the identifier form TFE expects: Data Center `PROJECT_KEY/repo-slug` (the project key, not its name), Cloud `workspace/repo-slug`. ' +
        'Give the account that authorized the OAuth client REPO_ADMIN (Data Center) or Admin (Cloud) on the repository, e.g. with the cdktf-bitbucket-tfe onboarding construct, and check with `bitbucket-tfe doctor`.',
    };
  },
};
