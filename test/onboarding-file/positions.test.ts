/**
 * Every problem with an onboarding file names the file, the line and column, and the key path, whether the loader
 * or a construct finds it: the constructs are told the path of every prop and entry, and say it themselves.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Testing } from 'cdktf';
import { OnboardingShardStack } from '../../lib';
import { OnboardingFileStack } from '../../examples/onboarding-file/stacks';
import { loadOnboardingFile } from '../../lib/onboarding-file/load';
import { planOnboardingFile } from '../../lib/onboarding-file/shards';
import { errorOf } from '../helpers/synth';

const dir = mkdtempSync(join(tmpdir(), 'onboarding-positions-'));

const YAML = `version: 1
tfe:
  hostname: tfe.example.com
  organization: example-org
connections:
  - name: datacenter
    flavor: data-center
    bitbucketUrl: https://bitbucket.example.com/bitbucket
    serviceAccount: svc-terraform
    oauthClient:
      name: Bitbucket Data Center
  - name: cloud
    flavor: cloud
    workspace: example
    serviceAccountUuid: "{3f2504e0-4f89-41d3-9a0c-0305e82c3301}"
    oauthClient:
      name: Bitbucket Cloud
defaults:
  branch: main
  tags: [onboarded]
repositories:
  - repository: PLAT/network
    connection: datacenter
    workingDirectory: envs/prod
  - repository: PLAT/platform-modules
    connection: datacenter
    tags: [onboarded, network]
  - repository: example/website
    connection: cloud
    branch: production
`;

const JSON_TEXT = `{
  "version": 1,
  "tfe": {
    "hostname": "tfe.example.com",
    "organization": "example-org"
  },
  "connections": [
    {
      "name": "datacenter",
      "flavor": "data-center",
      "bitbucketUrl": "https://bitbucket.example.com/bitbucket",
      "serviceAccount": "svc-terraform",
      "oauthClient": { "name": "Bitbucket Data Center" }
    },
    {
      "name": "cloud",
      "flavor": "cloud",
      "workspace": "example",
      "serviceAccountUuid": "{3f2504e0-4f89-41d3-9a0c-0305e82c3301}",
      "oauthClient": { "name": "Bitbucket Cloud" }
    }
  ],
  "defaults": { "branch": "main", "tags": ["onboarded"] },
  "repositories": [
    { "repository": "PLAT/network", "connection": "datacenter", "workingDirectory": "envs/prod" },
    { "repository": "PLAT/platform-modules", "connection": "datacenter", "tags": ["onboarded", "network"] },
    { "repository": "example/website", "connection": "cloud", "branch": "production" }
  ]
}
`;

let written = 0;

/** The text with each `[from, to]` replaced once (each `from` must occur), written as `<name>-<n>.<ext>`. */
function fixture(base: string, ext: 'yaml' | 'json', ...edits: Array<[string, string]>): { path: string; name: string } {
  let text = base;
  for (const [from, to] of edits) {
    expect(text).toContain(from);
    text = text.replace(from, to);
  }
  const name = `file-${written++}.${ext}`;
  const path = join(dir, name);
  writeFileSync(path, text);
  return { path, name };
}

/** The message synth stops with, or 'synthesized' when it does not stop. */
function synthError(path: string): string {
  try {
    Testing.synth(new OnboardingFileStack(Testing.app(), 'onboarding', path), true);
  } catch (error) {
    return (error as Error).message;
  }
  return 'synthesized';
}

const KNOWN_ENTRY_KEYS = 'repository, connection, workspaceName, workspaceId, description, project, branch, workingDirectory, triggerPatterns, tags, '
  + 'autoApply, queueAllRuns, forceDelete, previousRepository, offboard';
const NOT_A_BRANCH = 'is not a git branch name. Fix: use the branch as git names it, without spaces, "..", "~", "^", ":", "?", "*", "[" or "\\", e.g. "main" or "release/2026"';
const NOT_A_TAG = 'is not a TFE workspace tag (the tfe provider refuses it at plan). Fix: use lower-case letters, digits, ":", "-" and "_", beginning and ending with a letter or digit, e.g. "team-a"';
const INSIDE_BITBUCKET = 'is a page or API URL inside Bitbucket ("/projects..."), not the instance\'s root. Fix: use the root the instance is served at, with its context path if any: "https://bitbucket.example.com/bitbucket"';
const EMPTY_DC_CLIENT = 'is empty. Fix: give the client\'s name as TFE shows it under Settings > Version control > Providers, or its id instead';
const EMPTY_CLOUD_CLIENT = 'is empty. Fix: give the client\'s name as TFE shows it under Settings > Version control > Providers, or its id instead';

describe('the fixtures', () => {
  test.each([['yaml', YAML], ['json', JSON_TEXT]] as const)('the %s fixture synthesizes', (ext, text) => {
    expect(synthError(fixture(text, ext).path)).toBe('synthesized');
  });
});

describe('a YAML file: each problem names file:line:column and the key path', () => {
  test('YAML that does not parse', () => {
    const { path, name } = fixture(YAML, 'yaml', ['  tags: [onboarded]\n', '  tags: [onboarded\n']);
    expect(synthError(path)).toBe(`${name}:21:1: is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]`);
  });

  test('a value of the wrong type', () => {
    const { path, name } = fixture(YAML, 'yaml', ['    branch: production', '    branch: 12']);
    expect(synthError(path)).toBe(`${name}:30:13: repositories[2].branch: expected string, got number (12)`);
  });

  test('an unknown key, at the key, with the nearest known key', () => {
    const { path, name } = fixture(YAML, 'yaml', ['    workingDirectory: envs/prod', '    workingDirectroy: envs/prod']);
    expect(synthError(path)).toBe(`${name}:24:5: repositories[0].workingDirectroy: unknown key; did you mean "workingDirectory"? Known keys here: ${KNOWN_ENTRY_KEYS}`);
  });

  test('a missing key, at the mapping that lacks it', () => {
    const { path, name } = fixture(YAML, 'yaml', ['    serviceAccount: svc-terraform\n', '']);
    expect(synthError(path)).toBe(`${name}:6:5: connections[0].serviceAccount: is required`);
  });

  test('several problems, each with its own place', () => {
    const { path, name } = fixture(YAML, 'yaml', ['version: 1', 'version: 2'], ['    branch: production', '    branch: 12']);
    expect(synthError(path)).toBe(`${name}: 2 problems:\n  - ${name}:1:10: version: expected 1, got 2\n  - ${name}:30:13: repositories[2].branch: expected string, got number (12)`);
  });

  test('a branch the onboarding refuses, in a cloud entry and in a data-center entry', () => {
    const cloud = fixture(YAML, 'yaml', ['    branch: production', '    branch: my branch']);
    expect(synthError(cloud.path)).toBe(`${cloud.name}:30:13: repositories[2].branch: "my branch" ${NOT_A_BRANCH}`);
    const dataCenter = fixture(YAML, 'yaml', ['    workingDirectory: envs/prod', '    branch: my branch']);
    expect(synthError(dataCenter.path)).toBe(`${dataCenter.name}:24:13: repositories[0].branch: "my branch" ${NOT_A_BRANCH}`);
  });

  test('an upper-case tag, in an entry and in the defaults an entry takes it from', () => {
    const entry = fixture(YAML, 'yaml', ['    tags: [onboarded, network]', '    tags: [onboarded, Team A]']);
    expect(synthError(entry.path)).toBe(`${entry.name}:27:23: repositories[1].tags[1]: "Team A" ${NOT_A_TAG}`);
    const defaults = fixture(YAML, 'yaml', ['  tags: [onboarded]', '  tags: [Team A]']);
    expect(synthError(defaults.path)).toBe(`${defaults.name}:20:10: defaults.tags[0]: "Team A" ${NOT_A_TAG}`);
  });

  test('a repository listed twice in one connection names both entries', () => {
    const { path, name } = fixture(YAML, 'yaml', ['  - repository: PLAT/platform-modules', '  - repository: plat/network']);
    expect(synthError(path)).toBe(`${name}:25:17: repositories[1].repository: "plat/network" repeats repositories[0] at ${name}:22:5 (PLAT/network); list each repository once`);
  });

  test('a repository onboarded by two connections of one stack names both entries', () => {
    const mirror = '  - name: mirror\n    flavor: data-center\n    bitbucketUrl: https://mirror.example.com\n    serviceAccount: svc-terraform\n    oauthClient:\n      name: Mirror\n';
    const { path, name } = fixture(YAML, 'yaml', ['defaults:\n', `${mirror}defaults:\n`],
      ['  - repository: PLAT/platform-modules\n    connection: datacenter', '  - repository: plat/network\n    connection: mirror']);
    expect(synthError(path)).toBe(`${name}:31:17: repositories[1].repository: "plat/network" is already onboarded in this stack by onboarding/onboarding/datacenter/repositories `
      + `(repositories[0] at ${name}:28:5). Fix: onboard each repository once per stack: two workspaces would share one grant, and removing either entry would revoke the `
      + 'service account\'s REPO_ADMIN; add the repository to one onboarding only');
  });

  test('a connection\'s bitbucketUrl that is not the instance\'s root', () => {
    const { path, name } = fixture(YAML, 'yaml', ['bitbucket.example.com/bitbucket\n', 'bitbucket.example.com/bitbucket/projects/PLAT\n']);
    expect(synthError(path)).toBe(`${name}:8:19: connections[0].bitbucketUrl: "https://bitbucket.example.com/bitbucket/projects/PLAT" ${INSIDE_BITBUCKET}`);
  });

  test('an OAuth client name that is blank, for either flavour', () => {
    const dataCenter = fixture(YAML, 'yaml', ['      name: Bitbucket Data Center', '      name: " "']);
    expect(synthError(dataCenter.path)).toBe(`${dataCenter.name}:11:13: connections[0].oauthClient.name: " " ${EMPTY_DC_CLIENT}`);
    const cloud = fixture(YAML, 'yaml', ['      name: Bitbucket Cloud', '      name: " "']);
    expect(synthError(cloud.path)).toBe(`${cloud.name}:17:13: connections[1].oauthClient.name: " " ${EMPTY_CLOUD_CLIENT}`);
  });

  test('an empty OAuth client name, which the schema refuses', () => {
    const { path, name } = fixture(YAML, 'yaml', ['      name: Bitbucket Data Center', '      name: ""']);
    expect(synthError(path)).toBe(`${name}:11:13: connections[0].oauthClient.name: must NOT have fewer than 1 characters`);
  });

  test('a connection value the cloud connection refuses', () => {
    const { path, name } = fixture(YAML, 'yaml', ['"{3f2504e0-4f89-41d3-9a0c-0305e82c3301}"', 'svc-terraform']);
    expect(synthError(path)).toBe(`${name}:15:25: connections[1].serviceAccountUuid: "svc-terraform" is not a Bitbucket Cloud account UUID. Fix: use the account's UUID, `
      + 'e.g. "{f5aee987-bd9b-4da0-beab-ba903286e189}" (GET https://api.bitbucket.org/2.0/user as the service account shows it as "uuid"), not its user name, nickname or e-mail');
  });
});

describe('a JSON file: the same problems at their JSON positions', () => {
  test('JSON that does not parse', () => {
    const { path, name } = fixture(JSON_TEXT, 'json', ['"production" }\n  ]', '"production" },\n  ]']);
    expect(synthError(path)).toBe(`${name}:28:3: is not valid JSON: expected a value, found "]"`);
  });

  test('a value of the wrong type', () => {
    const { path, name } = fixture(JSON_TEXT, 'json', ['"branch": "production"', '"branch": 12']);
    expect(synthError(path)).toBe(`${name}:27:73: repositories[2].branch: expected string, got number (12)`);
  });

  test('an unknown key, at the key, with the nearest known key', () => {
    const { path, name } = fixture(JSON_TEXT, 'json', ['"workingDirectory": "envs/prod"', '"workingDirectroy": "envs/prod"']);
    expect(synthError(path)).toBe(`${name}:25:65: repositories[0].workingDirectroy: unknown key; did you mean "workingDirectory"? Known keys here: ${KNOWN_ENTRY_KEYS}`);
  });

  test('a branch the onboarding refuses', () => {
    const { path, name } = fixture(JSON_TEXT, 'json', ['"branch": "production"', '"branch": "my branch"']);
    expect(synthError(path)).toBe(`${name}:27:73: repositories[2].branch: "my branch" ${NOT_A_BRANCH}`);
  });

  test('an upper-case tag, in an entry and in the defaults', () => {
    const entry = fixture(JSON_TEXT, 'json', ['["onboarded", "network"]', '["onboarded", "Team A"]']);
    expect(synthError(entry.path)).toBe(`${entry.name}:26:96: repositories[1].tags[1]: "Team A" ${NOT_A_TAG}`);
    const defaults = fixture(JSON_TEXT, 'json', ['"tags": ["onboarded"] }', '"tags": ["Team A"] }']);
    expect(synthError(defaults.path)).toBe(`${defaults.name}:23:44: defaults.tags[0]: "Team A" ${NOT_A_TAG}`);
  });

  test('a repository listed twice names both entries', () => {
    const { path, name } = fixture(JSON_TEXT, 'json', ['"PLAT/platform-modules"', '"plat/network"']);
    expect(synthError(path)).toBe(`${name}:26:21: repositories[1].repository: "plat/network" repeats repositories[0] at ${name}:25:5 (PLAT/network); list each repository once`);
  });

  test('a connection\'s bitbucketUrl that is not the instance\'s root', () => {
    const { path, name } = fixture(JSON_TEXT, 'json', ['bitbucket.example.com/bitbucket"', 'bitbucket.example.com/bitbucket/projects/PLAT"']);
    expect(synthError(path)).toBe(`${name}:11:23: connections[0].bitbucketUrl: "https://bitbucket.example.com/bitbucket/projects/PLAT" ${INSIDE_BITBUCKET}`);
  });

  test('an OAuth client name that is blank', () => {
    const { path, name } = fixture(JSON_TEXT, 'json', ['"Bitbucket Data Center"', '" "']);
    expect(synthError(path)).toBe(`${name}:13:32: connections[0].oauthClient.name: " " ${EMPTY_DC_CLIENT}`);
  });
});

describe('entries handed over between shards keep their place in the file', () => {
  // Going from 2 buckets to 4, PLAT/dns moves from stack plat-0 to plat-2 and PLAT/db stays in plat-0: plat-0
  // onboards PLAT/db and hands PLAT/dns over (see shards.test.ts).
  const SHARDED = `version: 1
tfe:
  organization: example-org
connections:
  - name: datacenter
    flavor: data-center
    bitbucketUrl: https://bitbucket.example.com
    serviceAccount: svc-terraform
    oauthClient: { name: Bitbucket Data Center }
    projects:
      PLAT: { buckets: 4, previousBuckets: 2 }
repositories:
  - repository: PLAT/network
  - repository: PLAT/dns
  - repository: PLAT/db
`;

  const shardStack = (path: string) => new OnboardingShardStack(Testing.app(), 'onboarding-datacenter-plat-0', { path });
  test('the shard onboards one entry and hands one over', () => {
    const { path } = fixture(SHARDED, 'yaml');
    const shard = planOnboardingFile('sharded.yaml', loadOnboardingFile(path)).shards.find((s) => s.name === 'onboarding-datacenter-plat-0')!;
    expect({ entries: shard.entries.map((e) => e.index), handedOver: shard.handedOver.map((e) => e.index) }).toEqual({ entries: [2], handedOver: [1] });
  });

  test('a repository that repeats a handed-over entry names that entry\'s place', () => {
    const { path, name } = fixture(SHARDED, 'yaml');
    const onboarding = shardStack(path).onboarding.dataCenter.datacenter.onboarding;
    expect(errorOf(() => onboarding.handOver({ repository: 'PLAT/dns' })))
      .toBe(`DataCenterOnboarding.repositories[2].repository: "PLAT/dns" repeats repositories[1] at ${name}:14:5 (PLAT/dns). Fix: list each repository once`);
  });

  test('a repository that repeats an onboarded entry of the shard names that entry\'s place', () => {
    const { path, name } = fixture(SHARDED, 'yaml');
    const onboarding = shardStack(path).onboarding.dataCenter.datacenter;
    expect(errorOf(() => onboarding.addRepository({ repository: 'PLAT/db' })))
      .toBe(`DataCenterOnboarding.repositories[2].repository: "PLAT/db" repeats repositories[2] at ${name}:15:5 (PLAT/db). Fix: onboard each repository once; `
        + 'for a second workspace on one repository use another working directory in a separate onboarding');
  });
});
