/**
 * 10,000 repositories across 40 projects, synthesized the way `npm run synth` does (the example app in a child
 * process, scripts/synth-examples.js): one stack per shard, none over the bucket size, and an added, a changed and
 * a removed entry each change exactly their own shard's cdk.tf.json, moving no address there.
 *
 * The two synths (before and after the edits) run at the same time in two processes; each takes about 35 s of
 * CPU on the benchmark machine (BENCHMARKS.md), so this test takes about a minute on two idle cores.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RepositorySharding } from '../../lib';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { onboardingFile } = require('../../scripts/onboarding-file-generator.js') as { onboardingFile(options: object): string };

jest.setTimeout(900_000);

const root = join(__dirname, '..', '..');
const N = 10_000;
const PROJECTS = 40;
const BUCKETS = 4;
const BUCKET_SIZE = 100;

const dir = mkdtempSync(join(tmpdir(), 'onboarding-scale-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs scripts/synth-examples.js for the onboarding-file example with this file, into its own folder. */
function synth(file: string, out: string): Promise<{ stacks: Map<string, string>; ms: number }> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'scripts', 'synth-examples.js'), 'onboarding-file'], {
      cwd: root,
      env: { ...process.env, ONBOARDING_FILE: file, SYNTH_EXAMPLES_OUTDIR: out },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`synth of ${file} failed (${code}):\n${stderr.slice(-3000)}`));
      const stacksDir = join(out, 'onboarding-file', 'stacks');
      const stacks = new Map(readdirSync(stacksDir).map((name) => [name, readFileSync(join(stacksDir, name, 'cdk.tf.json'), 'utf8')]));
      resolve({ stacks, ms: Date.now() - started });
    });
  });
}

const shardOf = (repository: string) => {
  const project = repository.split('/')[0].toLowerCase();
  return `onboarding-datacenter-${project}-${RepositorySharding.bucketOf(repository, BUCKETS)}`;
};

/** Every block address of a stack (type.name), and the JSON of each workspace by repository. */
function addresses(json: any): string[] {
  return ['resource', 'data'].flatMap((kind) => Object.entries<any>(json[kind] ?? {})
    .flatMap(([type, blocks]) => Object.keys(blocks).map((name) => `${kind === 'data' ? 'data.' : ''}${type}.${name}`))).sort();
}
const workspaceOf = (json: any, repository: string) => Object.entries<any>(json.resource.tfe_workspace).find(([, w]) => w.vcs_repo.identifier === repository);

describe(`${N} repositories across ${PROJECTS} projects`, () => {
  let before: Map<string, string>;
  let after: Map<string, string>;
  const added = 'PRJ05/repo-new';
  const changed = 'PRJ17/repo-00017';
  const removed = 'PRJ33/repo-00033';

  beforeAll(async () => {
    const text = onboardingFile({ repositories: N, projects: PROJECTS, buckets: BUCKETS, bucketSize: BUCKET_SIZE });
    const edited = text
      .replace('  - { repository: PRJ05/repo-00005 }\n', `  - { repository: PRJ05/repo-00005 }\n  - { repository: ${added} }\n`)
      .replace(`  - { repository: ${changed} }\n`, `  - { repository: ${changed}, branch: release }\n`)
      .replace(`  - { repository: ${removed} }\n`, '');
    expect(edited.split('\n').length).toBe(text.split('\n').length);
    writeFileSync(join(dir, 'before.yaml'), text);
    writeFileSync(join(dir, 'after.yaml'), edited);
    const [first, second] = await Promise.all([synth(join(dir, 'before.yaml'), join(dir, 'before')), synth(join(dir, 'after.yaml'), join(dir, 'after'))]);
    before = first.stacks;
    after = second.stacks;
    // Measured, not asserted: see BENCHMARKS.md for the synth cost.
    process.stderr.write(`synth of ${N} repositories: ${(first.ms / 1000).toFixed(1)} s and ${(second.ms / 1000).toFixed(1)} s (in parallel)\n`);
  });

  test('one stack per shard (40 projects x 4 buckets), besides the bootstrap and the connection', () => {
    const shards = [...before.keys()].filter((name) => name.startsWith('onboarding-'));
    expect(shards).toHaveLength(PROJECTS * BUCKETS);
    expect([...before.keys()].filter((name) => !name.startsWith('onboarding-')).sort()).toEqual(['connect-datacenter', 'state']);
    const state = JSON.parse(before.get('state')!);
    expect(Object.keys(state.resource.tfe_workspace)).toHaveLength(before.size);
  });

  test(`every repository is onboarded once, in the shard its hash names, and no shard holds more than ${BUCKET_SIZE}`, () => {
    const seen = new Set<string>();
    for (const [name, text] of before) {
      if (!name.startsWith('onboarding-')) continue;
      const workspaces = Object.values<any>(JSON.parse(text).resource.tfe_workspace);
      expect(workspaces.length).toBeGreaterThan(0);
      expect(workspaces.length).toBeLessThanOrEqual(BUCKET_SIZE);
      for (const w of workspaces) {
        expect(shardOf(w.vcs_repo.identifier)).toBe(name);
        seen.add(w.vcs_repo.identifier);
      }
    }
    expect(seen.size).toBe(N);
  });

  test('an added, a changed and a removed entry change exactly their three shards; nothing else moves', () => {
    const differing = [...new Set([...before.keys(), ...after.keys()])].filter((name) => before.get(name) !== after.get(name)).sort();
    expect(differing).toEqual([shardOf(added), shardOf(changed), shardOf(removed)].sort());
  });

  test('in the changed shards, no address moves: one repository\'s blocks come, change or go', () => {
    const pairs = (repository: string) => [JSON.parse(before.get(shardOf(repository))!), JSON.parse(after.get(shardOf(repository))!)];

    const [addBefore, addAfter] = pairs(added);
    const [newId] = workspaceOf(addAfter, added)!;
    const grown = addresses(addAfter).filter((a) => !addresses(addBefore).includes(a));
    expect(addresses(addBefore).every((a) => addresses(addAfter).includes(a))).toBe(true);
    expect(grown).toHaveLength(3);
    expect(grown).toContain(`tfe_workspace.${newId}`);

    const [changeBefore, changeAfter] = pairs(changed);
    expect(addresses(changeAfter)).toEqual(addresses(changeBefore));
    const [id, workspace] = workspaceOf(changeAfter, changed)!;
    expect(workspace.vcs_repo.branch).toBe('release');
    expect(workspaceOf(changeBefore, changed)![0]).toBe(id);

    const [removeBefore, removeAfter] = pairs(removed);
    const [goneId] = workspaceOf(removeBefore, removed)!;
    const gone = addresses(removeBefore).filter((a) => !addresses(removeAfter).includes(a));
    expect(addresses(removeAfter).every((a) => addresses(removeBefore).includes(a))).toBe(true);
    expect(gone).toHaveLength(3);
    expect(gone).toContain(`tfe_workspace.${goneId}`);
  });
});
