import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { FILE_OK, FILE_PROBLEMS, FILE_USAGE, runShardsCommand, runValidateCommand, ShardsFlags } from '../../lib/onboarding-file/command';

const example = readFileSync(join(__dirname, '..', '..', 'examples', 'onboarding-file', 'onboarding.yaml'), 'utf8');

/** Runs a command against in-memory files. */
function run(files: Record<string, string>, command: (io: any) => number) {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: { write: (t: string) => { stdout += t; } },
    stderr: { write: (t: string) => { stderr += t; } },
    readFile: (path: string) => {
      if (!(path in files)) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return files[path];
    },
  };
  const code = command(io);
  return { code, stdout, stderr };
}
const shards = (files: Record<string, string>, flags: ShardsFlags = {}) => run(files, (io) => runShardsCommand('onboarding.yaml', flags, io));
const edited = (change: (spec: any) => void) => {
  const spec = parse(example);
  change(spec);
  return stringify(spec);
};

describe('bitbucket-tfe validate', () => {
  test('a valid file: what it holds', () => {
    expect(run({ 'onboarding.yaml': example }, (io) => runValidateCommand('onboarding.yaml', io)))
      .toEqual({ code: FILE_OK, stdout: 'onboarding.yaml: valid; 4 repositories, 2 connections, 3 shards (the largest has 2)\n', stderr: '' });
  });

  test('a bad file: its problems, exit 1; a missing file: exit 2', () => {
    const bad = run({ 'onboarding.yaml': edited((s) => { s.repositories[1].branch = 12; }) }, (io) => runValidateCommand('onboarding.yaml', io));
    expect(bad).toEqual({ code: FILE_PROBLEMS, stdout: '', stderr: 'onboarding.yaml:34:13: repositories[1].branch: expected string, got number (12)\n' });
    expect(run({}, (io) => runValidateCommand('onboarding.yaml', io))).toEqual({ code: FILE_USAGE, stdout: '', stderr: 'bitbucket-tfe: the onboarding file onboarding.yaml cannot be read (ENOENT)\n' });
  });
});

describe('bitbucket-tfe shards', () => {
  test('every shard, one a line, or as JSON', () => {
    expect(shards({ 'onboarding.yaml': example }).stdout).toBe('onboarding-cloud-example\nonboarding-datacenter-apps\nonboarding-datacenter-plat\n');
    expect(JSON.parse(shards({ 'onboarding.yaml': example }, { json: true }).stdout).shards[2])
      .toEqual({ name: 'onboarding-datacenter-plat', connection: 'datacenter', flavor: 'data-center', project: 'PLAT', bucket: 0, buckets: 1, repositories: 2 });
  });

  test('--since: only the shards that differ, new ones included', () => {
    const head = edited((s) => {
      s.repositories[0].branch = 'develop';
      s.repositories.push({ repository: 'OPS/runbooks', connection: 'datacenter' });
    });
    const result = shards({ 'onboarding.yaml': head, 'base.yaml': example }, { since: 'base.yaml' });
    expect(result).toEqual({ code: FILE_OK, stdout: 'onboarding-datacenter-ops\nonboarding-datacenter-plat\n', stderr: '' });
    const json = JSON.parse(shards({ 'onboarding.yaml': head, 'base.yaml': example }, { since: 'base.yaml', json: true }).stdout);
    expect(json).toMatchObject({ changed: ['onboarding-datacenter-ops', 'onboarding-datacenter-plat'], added: ['onboarding-datacenter-ops'], removed: [], stranded: [] });
    expect(shards({ 'onboarding.yaml': example, 'base.yaml': example }, { since: 'base.yaml' })).toEqual({ code: FILE_OK, stdout: '', stderr: '' });
  });

  test('a shard that disappears while it still onboards repositories fails, saying how to remove them', () => {
    const head = edited((s) => { s.repositories.splice(2, 1); });
    const result = shards({ 'onboarding.yaml': head, 'base.yaml': example }, { since: 'base.yaml' });
    expect(result.code).toBe(FILE_PROBLEMS);
    expect(result.stderr).toContain('onboarding-datacenter-apps is no longer in onboarding.yaml, but it still onboards 1 repository (APPS/payments-service) that nothing would remove');
    expect(result.stderr).toContain('declare the project under its connection\'s projects (e.g. APPS: {})');
  });

  test('declared, the project keeps its (empty) stack, which removes what it had; after off-boarding, the shard may go', () => {
    const declared = edited((s) => {
      s.repositories.splice(2, 1);
      s.connections[0].projects = { APPS: {} };
    });
    expect(shards({ 'onboarding.yaml': declared, 'base.yaml': example }, { since: 'base.yaml' })).toEqual({ code: FILE_OK, stdout: 'onboarding-datacenter-apps\n', stderr: '' });
    const offboarded = edited((s) => { s.repositories[2].offboard = true; });
    const gone = edited((s) => { s.repositories.splice(2, 1); });
    const result = shards({ 'onboarding.yaml': gone, 'base.yaml': offboarded }, { since: 'base.yaml' });
    expect(result.code).toBe(FILE_OK);
    expect(result.stderr).toContain('onboarding-datacenter-apps is no longer in onboarding.yaml; its repositories were off-boarded');
  });

  test('a base that cannot be read or parsed is a usage error (the pipeline then deploys every shard)', () => {
    expect(shards({ 'onboarding.yaml': example }, { since: 'base.yaml' }).code).toBe(FILE_USAGE);
    const result = shards({ 'onboarding.yaml': example, 'base.yaml': 'version: 2\n' }, { since: 'base.yaml' });
    expect(result.code).toBe(FILE_USAGE);
    expect(result.stderr).toMatch(/^bitbucket-tfe: cannot compare with --since base\.yaml: base\.yaml: /);
  });
});
