#!/usr/bin/env node
// A TypeScript app written from README.md alone, against the package as `npm pack` makes it, synthesizes.
//
// From the README it takes: the `npm install` lines of the Install section (the package name replaced by the packed
// tarball), the cdktf.json and tsconfig.json that section says to write, and main.ts: every ```ts block whose line
// before the fence is `<!-- readme-app -->`, in order, with their import lines moved to the top and merged per
// module. Then `npx cdktf synth`, and checks on the stacks it wrote. Needs a build (npm run build) and the npm
// registry or a warm npm cache. docs/development.md describes the convention.
//
//   node scripts/readme-app.js            check; the temporary folder is removed afterwards
//   node scripts/readme-app.js --keep     keep it, and print where it is
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const root = path.resolve(__dirname, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const MARKER = '<!-- readme-app -->';
/** Stacks the README's app must write, and what each onboarding stack must hold. */
const EXPECTED = {
  'bitbucket-connect': { oauthClient: true },
  'bitbucket-onboard': { grant: 'data-center' },
  'cloud-onboard': { grant: 'cloud' },
};

class CheckError extends Error {}

function fail(message) {
  throw new CheckError(message);
}

/** The ```ts blocks right after the marker, in order. */
function appBlocks(readme) {
  const lines = readme.split('\n');
  const blocks = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() !== MARKER) continue;
    if (!/^```(ts|typescript)\s*$/.test(lines[i + 1] ?? '')) {
      fail(`README.md line ${i + 1}: ${MARKER} must stand on the line right before a \`\`\`ts fence`);
    }
    const end = lines.findIndex((line, j) => j > i + 1 && line.startsWith('```'));
    if (end < 0) fail(`README.md line ${i + 2}: the code block is not closed`);
    blocks.push(lines.slice(i + 2, end).join('\n'));
    i = end;
  }
  if (blocks.length === 0) fail(`README.md has no code block marked ${MARKER}`);
  return blocks;
}

/**
 * One main.ts from the blocks: `import { a, b } from 'm';` lines are collected, merged per module and put first;
 * everything else stays in order. Other import forms are kept as they are, first.
 */
function mainTs(blocks) {
  const named = new Map();
  const other = [];
  const body = [];
  for (const block of blocks) {
    for (const line of block.split('\n')) {
      const match = /^import\s*\{([^}]*)\}\s*from\s*'([^']+)';\s*$/.exec(line);
      if (match) {
        const names = named.get(match[2]) ?? new Set();
        match[1].split(',').map((n) => n.trim()).filter(Boolean).forEach((n) => names.add(n));
        named.set(match[2], names);
      } else if (/^import\s/.test(line)) {
        other.push(line);
      } else {
        body.push(line);
      }
    }
    body.push('');
  }
  const imports = [...named].map(([module, names]) => `import { ${[...names].join(', ')} } from '${module}';`);
  return `${[...imports, ...other].join('\n')}\n${body.join('\n').replace(/^\n+/, '\n').replace(/\n{3,}/g, '\n\n')}`;
}

/** The Install section: its `npm install` lines and the inline JSON it says cdktf.json and tsconfig.json hold. */
function installSection(readme) {
  const start = readme.indexOf('\n## Install\n');
  if (start < 0) fail('README.md has no "## Install" section');
  const next = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, next < 0 ? undefined : next);
  const commands = [];
  const fence = /```sh\n([\s\S]*?)```/g;
  for (let m = fence.exec(section); m; m = fence.exec(section)) {
    for (const line of m[1].split('\n')) {
      const command = line.replace(/\s+#.*$/, '').trim();
      if (command.startsWith('npm install ')) commands.push(command.split(/\s+/).slice(2));
    }
  }
  if (commands.length === 0) fail('README.md\'s Install section has no `npm install` line');
  const prose = section.replace(/```[\s\S]*?```/g, '').replace(/\s*\n\s*/g, ' ');
  const file = (name) => {
    const m = new RegExp(`\`${name.replace('.', '\\.')}\` of \`([^\`]+)\``).exec(prose);
    if (!m) fail(`README.md's Install section does not say what ${name} holds (\`${name}\` of \`{...}\`)`);
    try {
      return JSON.parse(m[1]);
    } catch (e) {
      return fail(`README.md's Install section: ${name} is not JSON: ${m[1]} (${e.message})`);
    }
  };
  return { commands, cdktfJson: file('cdktf.json'), tsconfigJson: file('tsconfig.json') };
}

function run(command, args, cwd, what) {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, CHECKPOINT_DISABLE: '1', CDKTF_DISABLE_PLUGIN_CACHE_ENV: 'true', DISABLE_VERSION_CHECK: 'true' },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-40).join('\n');
    fail(`${what} failed (${command} ${args.join(' ')}, exit ${result.status ?? result.signal}):\n${output}`);
  }
  return result.stdout;
}

/** Every resource of a type in a synthesized stack, as [logical id, config]. */
function resources(json, type) {
  return Object.entries(json.resource?.[type] ?? {});
}

function checkStack(stacksDir, name, expect) {
  const file = path.join(stacksDir, name, 'cdk.tf.json');
  if (!fs.existsSync(file)) {
    const found = fs.existsSync(stacksDir) ? fs.readdirSync(stacksDir).join(', ') : 'none';
    fail(`the README's app wrote no stack ${name} (stacks written: ${found || 'none'})`);
  }
  const json = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (expect.oauthClient && resources(json, 'tfe_oauth_client').length !== 1) {
    fail(`${name}: expected one tfe_oauth_client, found ${resources(json, 'tfe_oauth_client').length}`);
  }
  if (!expect.grant) return;
  const workspaces = resources(json, 'tfe_workspace');
  if (workspaces.length === 0) fail(`${name}: no tfe_workspace`);
  const grants = expect.grant === 'cloud'
    ? resources(json, 'bitbucket_repository_user_permission').map(([id]) => `bitbucket_repository_user_permission.${id}`)
    : resources(json, 'restful_resource').filter(([, r]) => String(r.path).endsWith('/permissions/users')).map(([id]) => `restful_resource.${id}`);
  if (grants.length === 0) {
    fail(`${name}: no repository grant (${expect.grant === 'cloud' ? 'bitbucket_repository_user_permission' : 'restful_resource on .../permissions/users'})`);
  }
  for (const [id, workspace] of workspaces) {
    if (!(workspace.depends_on ?? []).some((dep) => grants.includes(dep))) {
      fail(`${name}: tfe_workspace.${id} does not depend on its repository's grant (depends_on: ${JSON.stringify(workspace.depends_on ?? [])})`);
    }
  }
  return { workspaces: workspaces.length, grants: grants.length };
}

function main() {
  if (!fs.existsSync(path.join(root, 'lib', 'index.js')) || !fs.existsSync(path.join(root, '.jsii'))) {
    fail('the package is not built: run npm run build first');
  }
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
  const blocks = appBlocks(readme);
  const install = installSection(readme);

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'readme-app-'));
  const keep = process.argv.includes('--keep');
  try {
    const tarball = run('npm', ['pack', '--silent', '--pack-destination', tmp], root, 'npm pack').trim().split('\n').pop();
    const app = path.join(tmp, 'app');
    fs.mkdirSync(app);
    fs.writeFileSync(path.join(app, 'package.json'), `${JSON.stringify({ name: 'readme-app', version: '0.0.0', private: true }, null, 2)}\n`);
    fs.writeFileSync(path.join(app, 'cdktf.json'), `${JSON.stringify(install.cdktfJson, null, 2)}\n`);
    fs.writeFileSync(path.join(app, 'tsconfig.json'), `${JSON.stringify(install.tsconfigJson, null, 2)}\n`);
    fs.writeFileSync(path.join(app, 'main.ts'), mainTs(blocks));

    for (const args of install.commands) {
      const packages = args.map((a) => (a === pkg.name ? path.join(tmp, tarball) : a));
      if (!packages.includes(path.join(tmp, tarball)) && !args.some((a) => a.startsWith('--save-dev') || a === '-D')) {
        fail(`README.md's Install line "npm install ${args.join(' ')}" neither installs ${pkg.name} nor is a dev install`);
      }
      run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', ...packages], app, `npm install ${args.join(' ')}`);
    }
    // The peer packages the README installs must be the ranges package.json declares.
    for (const [peer, range] of Object.entries(pkg.peerDependencies)) {
      if (!install.commands.flat().includes(`${peer}@${range}`)) {
        fail(`README.md's Install section does not install ${peer}@${range} (package.json peerDependencies)`);
      }
    }

    run('npx', ['--no-install', 'cdktf', 'synth'], app, 'cdktf synth of the README\'s app');
    const stacksDir = path.join(app, 'cdktf.out', 'stacks');
    const summary = Object.entries(EXPECTED).map(([name, expect]) => {
      const found = checkStack(stacksDir, name, expect);
      return found ? `${name} (${found.workspaces} workspace${found.workspaces === 1 ? '' : 's'}, ${found.grants} grant${found.grants === 1 ? '' : 's'})` : name;
    });
    console.log(`README app: ${blocks.length} blocks, ${tarball}, synthesized ${summary.join(', ')}`);
    if (keep) console.log(`kept in ${app}`);
  } finally {
    if (!keep) fs.rmSync(tmp, { recursive: true, force: true });
  }
}

module.exports = { appBlocks, installSection, mainTs };

if (require.main === module) {
  try {
    main();
  } catch (error) {
    if (!(error instanceof CheckError)) throw error;
    console.error(`README app check failed: ${error.message}`);
    process.exit(1);
  }
}
