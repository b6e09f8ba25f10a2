/**
 * renderExplainText: the text `bitbucket-tfe explain` prints, asserted exactly, for the support article's webhook 401
 * (Net::HTTPUnauthorized on .../webhooks, AuthorisationException) and for a Data Center oauth_problem.
 */
import { explain } from '../../lib/doctor/explain';
import { renderExplainText } from '../../lib/doctor/explain/report';
import { PLAIN } from '../../lib/doctor/style';
import { fixtureText } from './fakes/server';

// The log of the support article "linking a Bitbucket repository fails with Net::HTTPUnauthorized", as TFE writes it.
const ARTICLE_LOG = fixtureText('tfe-webhook-unauthorized.log');
const OAUTH_LOG = '{"level":"error","status":401,"www_authenticate":"OAuth realm=\\"x\\", oauth_problem=\\"signature_invalid\\""}';

const WEBHOOK_FINDING = [
  '    cause: The Bitbucket account TFE uses lacks REPO_ADMIN on PROJECT/REPO. Bitbucket Data Center requires REPO_ADMIN to list or create '
    + 'webhooks and answers 401 AuthorisationException without it, so TFE cannot create its webhook and linking the workspace fails.',
  '    evidence:',
  '      url: https://bitbucket.example.com/rest/api/1.0/projects/PROJECT/repos/REPO/webhooks',
  '      response_class: Net::HTTPUnauthorized',
  '      response.errors[0].exceptionName: com.atlassian.bitbucket.AuthorisationException',
  '      response.errors[0].message: You are not permitted to access this resource',
  '    fix: Grant REPO_ADMIN on PROJECT/REPO to the service account that authorized the TFE OAuth client: Repository settings > Repository '
    + 'permissions, or `PUT https://bitbucket.example.com/rest/api/1.0/projects/PROJECT/repos/REPO/permissions/users?name=<service-account>'
    + '&permission=REPO_ADMIN`, or onboard the repository with the cdktf-bitbucket-tfe onboarding construct, which grants REPO_ADMIN before '
    + 'the workspace is created. Then link the workspace again. Verify with: bitbucket-tfe doctor --bitbucket-url https://bitbucket.example.com '
    + '--project PROJECT --repo REPO',
];

const OAUTH_FINDING = [
  '    cause: Bitbucket could not verify TFE\'s request signature with the application link\'s public key: the RSA key pair differs between '
    + 'TFE (the OAuth client\'s private key) and Bitbucket (the link\'s incoming public key).',
  '    evidence:',
  '      www_authenticate: OAuth realm="x", oauth_problem="signature_invalid"',
  '    fix: Use one key pair on both sides: the TFE OAuth client\'s secret must be the private key whose public key is on the application '
    + 'link. The cdktf-bitbucket-tfe connect construct generates one pair for both; `bitbucket-tfe doctor --private-key-file key.pem ...` '
    + 'compares them.',
];

describe('renderExplainText', () => {
  test("the support article's webhook 401, as printed when piped", () => {
    expect(ARTICLE_LOG).toContain('"response_class": "Net::HTTPUnauthorized"');
    expect(renderExplainText(explain(ARTICLE_LOG), PLAIN)).toBe([
      'PROBLEM bitbucket-webhook-permission (line 1)',
      ...WEBHOOK_FINDING,
      '',
      '1 problem explained',
      '',
    ].join('\n'));
  });

  test('an oauth_problem=signature_invalid line, as printed when piped', () => {
    expect(renderExplainText(explain(OAUTH_LOG), PLAIN)).toBe([
      'PROBLEM bitbucket-oauth-problem (line 1)',
      ...OAUTH_FINDING,
      '',
      '1 problem explained',
      '',
    ].join('\n'));
  });

  test('both in one log, repeated, with an entry no rule knows, as printed on a colour terminal', () => {
    const log = [ARTICLE_LOG.trimEnd(), OAUTH_LOG, OAUTH_LOG, '{"level":"error","msg":"disk full"}'].join('\n');
    const lines = ARTICLE_LOG.trimEnd().split('\n').length;
    const red = (s: string) => `\u001b[31m${s}\u001b[0m`;
    const bold = (s: string) => `\u001b[1m${s}\u001b[0m`;
    expect(renderExplainText(explain(log), { color: true, symbols: true })).toBe([
      `${red('✖')} ${bold('bitbucket-webhook-permission')} (line 1)`,
      ...WEBHOOK_FINDING,
      '',
      `${red('✖')} ${bold('bitbucket-oauth-problem')} (lines ${lines + 1}, ${lines + 2})`,
      ...OAUTH_FINDING,
      '',
      `\u001b[33m?\u001b[0m line ${lines + 3}: looks like an error, but no rule recognizes it: {"level":"error","msg":"disk full"}`,
      '',
      '\u001b[33m2 problems explained, 1 error-looking entry not recognized\u001b[0m',
      '',
    ].join('\n'));
  });

  test('a quiet log says so', () => {
    expect(renderExplainText(explain('{"level":"info","msg":"started"}\n'), PLAIN)).toBe('No known problems and no error entries found in the log.\n');
  });
});
