/**
 * The flag tables of docs/ list every flag the command line has: the flags are read from each command's --help
 * (commander's own list), so a flag added to bin/bitbucket-tfe.ts without a row in the docs fails here.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/** The long flags of `bitbucket-tfe <command> --help`, without --help itself. */
function flagsOf(command: string): string[] {
  const result = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', join(ROOT, 'bin', 'bitbucket-tfe.ts'), command, '--help'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, TS_NODE_PROJECT: join(ROOT, 'tsconfig.dev.json'), TS_NODE_PREFER_TS_EXTS: 'true' },
  });
  expect(result.status).toBe(0);
  const options = result.stdout.slice(result.stdout.indexOf('Options:'));
  const flags = [...options.matchAll(/^\s+(?:-\w, )?(--[a-z][a-z-]*)/gm)].map((m) => m[1]).filter((f) => f !== '--help');
  expect(flags.length).toBeGreaterThan(0);
  return flags;
}

/** The section of a doc under the heading, up to the next heading of the same or a higher level (outside code blocks). */
function section(doc: string, heading: string): string {
  const lines = readFileSync(join(ROOT, 'docs', doc), 'utf8').split('\n');
  const start = lines.indexOf(heading);
  if (start < 0) throw new Error(`docs/${doc} has no heading ${heading}`);
  const level = heading.indexOf(' ');
  let fenced = false;
  let end = start + 1;
  for (; end < lines.length; end++) {
    if (lines[end].startsWith('```')) fenced = !fenced;
    if (!fenced && new RegExp(`^#{1,${level}} `).test(lines[end])) break;
  }
  return lines.slice(start + 1, end).join('\n');
}

/** The first cells of the section's table rows. */
function tableFlags(text: string): string {
  return text.split('\n').filter((line) => line.startsWith('| `')).map((line) => line.split(' | ')[0]).join('\n');
}

describe('the docs list every flag of the command line', () => {
  test.each([
    ['doctor', 'doctor.md', '## `bitbucket-tfe doctor`'],
    ['explain', 'doctor.md', '## `bitbucket-tfe explain`'],
    ['discover', 'onboarding-file.md', '### `bitbucket-tfe discover`'],
    ['shards', 'onboarding-file.md', '## `bitbucket-tfe validate` and `bitbucket-tfe shards`'],
  ])('bitbucket-tfe %s: docs/%s', (command, doc, heading) => {
    const rows = tableFlags(section(doc, heading));
    const missing = flagsOf(command).filter((flag) => !new RegExp(`\`${flag}[\` ]`).test(rows));
    expect(missing).toEqual([]);
  });
});
