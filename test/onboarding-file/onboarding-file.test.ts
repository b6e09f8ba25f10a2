import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TfeProvider } from '@cdktf/provider-tfe/lib/provider';
import { TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { Construct } from 'constructs';
import { parse, stringify } from 'yaml';
import { CloudConnection, CloudCredentials, CloudOAuthClientSource, DataCenterConnection, DataCenterCredentials, DataCenterOnboarding, RepositoryOnboarding } from '../../lib';
import { OnboardingFileStack } from '../../examples/onboarding-file/stacks';
import { keyPath, nearestKey, parseOnboardingFile } from '../../lib/onboarding-file/load';
import { providerAlias } from '../../lib/common/providers';

const exampleYaml = join(__dirname, '..', '..', 'examples', 'onboarding-file', 'onboarding.yaml');
const dir = mkdtempSync(join(tmpdir(), 'onboarding-file-'));

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/**
 * The example file with one change applied to its parsed form, written back as YAML (block style, one key a line:
 * the example's layout, lists written one item a line) or JSON (two-space indents).
 */
function variant(name: string, change: (spec: any) => void): string {
  const spec = parse(readFileSync(exampleYaml, 'utf8'));
  change(spec);
  return write(name, name.endsWith('.json') ? JSON.stringify(spec, null, 2) : stringify(spec));
}

function synthFile(path: string): string {
  const app = Testing.app();
  return Testing.synth(new OnboardingFileStack(app, 'onboarding', path), true);
}

function loadError(path: string): string {
  try {
    synthFile(path);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the file to be refused');
}

/** What examples/onboarding-file/onboarding.yaml says, written in TypeScript with the same constructs and ids. */
class EquivalentTypeScript extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const variable = (name: string, sensitive: boolean, description: string) =>
      new TerraformVariable(this, name, { type: 'string', sensitive, description }).stringValue;
    const adminUsername = variable('bitbucket_admin_username', false, 'Bitbucket Data Center administrator');
    const adminPassword = variable('bitbucket_admin_password', true, 'Password or HTTP access token of bitbucket_admin_username');
    const cloudUsername = variable('bitbucket_cloud_username', false, 'E-mail of the Atlassian account whose API token grants Bitbucket Cloud permissions');
    const cloudToken = variable('bitbucket_cloud_api_token', true, 'Atlassian API token with Bitbucket permission scopes');
    const tfeToken = variable('tfe_token', true, 'TFE token of an organization owner');
    const onboarding = new Construct(this, 'onboarding');
    const tfe = new TfeProvider(onboarding, 'tfe', { alias: providerAlias(onboarding, 'tfe'), hostname: 'tfe.example.com', token: tfeToken });
    new DataCenterOnboarding(onboarding, 'datacenter', {
      connection: DataCenterConnection.fromConnectionAttributes(onboarding, 'datacenter-connection', {
        bitbucketUrl: 'https://bitbucket.example.com/bitbucket', tfeHostname: 'tfe.example.com', organization: 'example-org',
        serviceAccountName: 'svc-terraform', oauthClientName: 'Bitbucket Data Center',
        adminCredentials: DataCenterCredentials.fromPassword(adminUsername, adminPassword), tfeToken, tfeProvider: tfe,
      }),
      repositories: [
        { repository: 'PLAT/network', branch: 'main', workingDirectory: 'envs/prod', triggerPatterns: ['envs/prod/**/*.tf', 'modules/**/*.tf'], tags: ['onboarded', 'network'] },
        { repository: 'PLAT/platform-modules', branch: 'main', tags: ['onboarded'] },
        { repository: 'APPS/payments-service', branch: 'main', tags: ['onboarded'], tfeProjectId: 'prj-AbCdEf123', autoApply: true },
      ],
    });
    const cloudGroup = new Construct(onboarding, 'cloud');
    const cloud = new CloudConnection(cloudGroup, 'connection', {
      tfeHostname: 'tfe.example.com', organization: 'example-org', workspace: 'example',
      serviceAccountUuid: '{3f2504e0-4f89-41d3-9a0c-0305e82c3301}', oauthClient: CloudOAuthClientSource.adoptByName('Bitbucket Cloud'),
      bitbucketCredentials: CloudCredentials.fromApiToken(cloudUsername, cloudToken), tfeProvider: tfe, tfeToken,
    });
    new RepositoryOnboarding(cloudGroup, 'repositories', {
      organization: 'example-org', access: cloud.access, oauthClient: cloud.oauthClientLookup, provider: cloud.tfeProvider,
      authorizationInstructions: cloud.authorizationStep,
      repositories: [{ repository: 'example/website', branch: 'production', tags: ['onboarded'] }],
    });
  }
}

describe('the onboarding file', () => {
  test('the example YAML synthesizes to the same Terraform as the equivalent TypeScript', () => {
    const fromFile = synthFile(exampleYaml);
    const fromCode = Testing.synth(new EquivalentTypeScript(Testing.app(), 'onboarding'), true);
    expect(JSON.parse(fromFile)).toEqual(JSON.parse(fromCode));
    expect(Object.keys(JSON.parse(fromFile).resource.tfe_workspace)).toHaveLength(4);
  });

  test('the same content as JSON synthesizes identically', () => {
    const json = variant('onboarding.json', () => undefined);
    expect(synthFile(json)).toBe(synthFile(exampleYaml));
  });

  test('defaults apply unless a repository sets its own', () => {
    const json = JSON.parse(synthFile(exampleYaml));
    const byIdentifier = Object.fromEntries(Object.values<any>(json.resource.tfe_workspace).map((w) => [w.vcs_repo.identifier, w]));
    expect(byIdentifier['PLAT/platform-modules']).toMatchObject({ vcs_repo: { branch: 'main' }, tag_names: ['onboarded'] });
    expect(byIdentifier['example/website']).toMatchObject({ vcs_repo: { branch: 'production' } });
    expect(byIdentifier['APPS/payments-service']).toMatchObject({ auto_apply: true, project_id: 'prj-AbCdEf123' });
  });
});

describe('adopting existing workspaces through the file', () => {
  test('an entry with workspaceId synthesizes an import block into its workspace', () => {
    const path = variant('adopt.yaml', (spec) => { spec.repositories[0].workspaceId = 'ws-Network123'; spec.repositories[3].workspaceId = 'ws-Website123'; });
    const json = JSON.parse(synthFile(path));
    const address = (identifier: string) => `tfe_workspace.${Object.entries<any>(json.resource.tfe_workspace).find(([, w]) => w.vcs_repo.identifier === identifier)![0]}`;
    expect(json.import).toEqual([
      { to: address('PLAT/network'), id: 'ws-Network123', provider: expect.stringMatching(/^tfe\./) },
      { to: address('example/website'), id: 'ws-Website123', provider: expect.stringMatching(/^tfe\./) },
    ]);
    expect(Object.keys(json.resource.tfe_workspace)).toHaveLength(4);
  });

  test('a workspaceId that is not an id is refused at its position', () => {
    const path = variant('bad-id.yaml', (spec) => { spec.repositories[2].workspaceId = 'APPS-payments-service'; });
    expect(loadError(path)).toBe('bad-id.yaml:38:18: repositories[2].workspaceId: "APPS-payments-service" does not match TFE workspace id (ws-...) of the repository\'s '
      + 'existing workspace: the first deploy imports it instead of creating it, with its state, variables and run history (bitbucket-tfe discover writes it).');
  });

  test('one workspace adopted by two entries is refused at the second entry\'s position', () => {
    const path = variant('same-id.yaml', (spec) => { spec.repositories[0].workspaceId = 'ws-Same123'; spec.repositories[2].workspaceId = 'ws-Same123'; });
    expect(loadError(path)).toBe('same-id.yaml:39:18: repositories[2].workspaceId: "ws-Same123" is also the workspaceId of repositories[0] at same-id.yaml:23:5. '
      + 'Fix: a workspace can be adopted by one entry only: remove the id from the entry that does not own the workspace');
  });
});

describe('a bad onboarding file names the file, the line and column, the key path and what was expected', () => {
  test('a value of the wrong type', () => {
    const path = variant('wrong-type.yaml', (spec) => { spec.repositories[3].branch = 12; });
    expect(loadError(path)).toBe('wrong-type.yaml:40:13: repositories[3].branch: expected string, got number (12)');
  });

  test('an unknown key, with the nearest known key', () => {
    const path = variant('typo.yaml', (spec) => { spec.repositories[1].workingDirectroy = 'x'; });
    expect(loadError(path)).toBe('typo.yaml:34:5: repositories[1].workingDirectroy: unknown key; did you mean "workingDirectory"? Known keys here: '
      + 'repository, connection, workspaceName, workspaceId, description, project, branch, workingDirectory, triggerPatterns, tags, autoApply, queueAllRuns, forceDelete, previousRepository, offboard');
  });

  test('an unknown key in a connection, judged by its flavour', () => {
    const path = variant('connection-typo.yaml', (spec) => { spec.connections[0].serviceAcount = 'x'; });
    expect(loadError(path)).toBe('connection-typo.yaml:12:5: connections[0].serviceAcount: unknown key; did you mean "serviceAccount"? Known keys here: '
      + 'name, flavor, bitbucketUrl, serviceAccount, oauthClient, alreadyAdministeredProjects, projects');
  });

  test('a missing required key', () => {
    const path = variant('missing.yaml', (spec) => { delete spec.tfe.organization; });
    expect(loadError(path)).toBe('missing.yaml:3:3: tfe.organization: is required');
  });

  test('an unknown flavour', () => {
    const path = variant('flavour.yaml', (spec) => { spec.connections[1].flavor = 'server'; });
    expect(loadError(path)).toBe('flavour.yaml:13:13: connections[1].flavor: expected one of "data-center", "cloud", got "server"');
  });

  test('a value that does not match its pattern', () => {
    const path = variant('pattern.yaml', (spec) => { spec.repositories[2].project = 'Default Project'; });
    expect(loadError(path)).toBe('pattern.yaml:36:14: repositories[2].project: "Default Project" does not match TFE project id (prj-...).');
  });

  test('several problems are all reported', () => {
    const path = variant('several.yaml', (spec) => { spec.repositories[0].autoApply = 'yes'; spec.version = 2; });
    const message = loadError(path);
    expect(message).toBe('several.yaml: 2 problems:\n  - several.yaml:1:10: version: expected 1, got 2\n'
      + '  - several.yaml:32:16: repositories[0].autoApply: expected boolean, got string ("yes")');
  });

  test('YAML that does not parse', () => {
    const path = write('broken.yaml', 'version: 1\ntfe: [unclosed\n');
    expect(loadError(path)).toBe('broken.yaml:3:1: is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]');
  });

  test('a duplicate key in YAML', () => {
    const path = write('duplicate-key.yaml', 'version: 1\nversion: 1\n');
    expect(loadError(path)).toBe('duplicate-key.yaml:2:1: is not valid YAML: Map keys must be unique');
  });

  test('JSON that does not parse', () => {
    const path = write('broken.json', '{ "version": 1, }');
    expect(loadError(path)).toBe('broken.json:1:17: is not valid JSON: expected a property name in double quotes, found "}"');
  });

  test('a repository named the other flavour\'s way', () => {
    const path = variant('flavour-name.yaml', (spec) => { spec.repositories[0].repository = 'network'; });
    expect(loadError(path)).toBe('flavour-name.yaml:23:17: repositories[0].repository: "network" is not "<PROJECT KEY>/<repository slug>". '
      + 'Fix: write the project key and the slug from the repository URL .../projects/PLAT/repos/network as "PLAT/network"');
  });

  test('a connection that does not exist', () => {
    const path = variant('no-connection.yaml', (spec) => { spec.repositories[2].connection = 'dc'; });
    expect(loadError(path)).toBe('no-connection.yaml:35:17: repositories[2].connection: "dc" is not a connection of this file; known: datacenter, cloud');
  });

  test('a repository listed twice names both entries', () => {
    const path = variant('duplicate.yaml', (spec) => { spec.repositories.push({ repository: 'plat/network', connection: 'datacenter' }); });
    expect(loadError(path)).toBe('duplicate.yaml:41:17: repositories[4].repository: "plat/network" repeats repositories[0] at duplicate.yaml:23:5 (PLAT/network); '
      + 'list each repository once');
  });

  test('a value the onboarding constructs refuse is reported at its position in the file', () => {
    const path = variant('directory.yaml', (spec) => { spec.repositories[2].workingDirectory = '../elsewhere'; });
    const inside = 'must be a path inside the repository. Fix: write it relative to the repository root without "..", e.g. "infra/network"';
    expect(loadError(path)).toBe(`directory.yaml:38:23: repositories[2].workingDirectory: "../elsewhere" ${inside}`);
    const cloudPath = variant('cloud-directory.yaml', (spec) => { spec.repositories[3].workingDirectory = '/abs'; });
    expect(loadError(cloudPath)).toBe(`cloud-directory.yaml:41:23: repositories[3].workingDirectory: "/abs" ${inside}`);
  });

  test('a connection value the constructs refuse is named by its key in the file', () => {
    const path = variant('uuid.yaml', (spec) => { spec.connections[1].serviceAccountUuid = 'svc-terraform'; });
    expect(loadError(path)).toBe('uuid.yaml:15:25: connections[1].serviceAccountUuid: "svc-terraform" is not a Bitbucket Cloud account UUID. Fix: use the account\'s UUID, '
      + 'e.g. "{f5aee987-bd9b-4da0-beab-ba903286e189}" (GET https://api.bitbucket.org/2.0/user as the service account shows it as "uuid"), not its user name, nickname or e-mail');
  });

  test('a missing file', () => {
    expect(loadError(join(dir, 'absent.yaml'))).toBe(`absent.yaml: cannot be read (ENOENT). Fix: check the path ${join(dir, 'absent.yaml')}`);
  });
});

describe('helpers', () => {
  test('keyPath', () => {
    expect(keyPath('/repositories/3/branch')).toBe('repositories[3].branch');
    expect(keyPath('/connections/0', 'serviceAcount')).toBe('connections[0].serviceAcount');
    expect(keyPath('')).toBe('(the top level)');
  });

  test('nearestKey', () => {
    expect(nearestKey('brnach', ['branch', 'tags'])).toBe('branch');
    expect(nearestKey('AutoApply', ['autoApply'])).toBe('autoApply');
    expect(nearestKey('completely-different', ['branch'])).toBeUndefined();
  });

  test('parseOnboardingFile validates text without a file', () => {
    expect(() => parseOnboardingFile('inline.yaml', 'version: 1', 'yaml')).toThrow(/inline\.yaml: 3 problems/);
  });
});
