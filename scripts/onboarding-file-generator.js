#!/usr/bin/env node
// Writes a large onboarding file for tests and the benchmark: N Data Center repositories spread evenly over P
// projects (PRJ00/repo-00000, PRJ01/repo-00001, ...), one connection, every project split into B buckets.
//
//   node scripts/onboarding-file-generator.js --repositories 10000 --projects 40 --buckets 4 [--bucket-size 100] [--json]
'use strict';

/**
 * The file's text. Repositories are listed one flow mapping a line, the way a reviewed file with thousands of
 * entries is usually kept (one line per entry keeps each pull request's diff to one line).
 */
function onboardingFile({ repositories, projects, buckets = 1, bucketSize, json = false, tfeHostname = 'tfe.example.com', organization = 'example-org', bitbucketUrl = 'https://bitbucket.example.com/bitbucket' }) {
  const keys = Array.from({ length: projects }, (_, p) => `PRJ${String(p).padStart(2, '0')}`);
  const entries = Array.from({ length: repositories }, (_, i) => ({ repository: `${keys[i % projects]}/repo-${String(i).padStart(5, '0')}` }));
  const spec = {
    version: 1,
    tfe: { hostname: tfeHostname, organization },
    connections: [{
      name: 'datacenter',
      flavor: 'data-center',
      bitbucketUrl,
      serviceAccount: 'svc-terraform',
      oauthClient: { name: 'Bitbucket Data Center' },
      ...(buckets > 1 ? { projects: Object.fromEntries(keys.map((k) => [k, { buckets }])) } : {}),
    }],
    defaults: { branch: 'main', tags: ['onboarded'] },
    ...(bucketSize !== undefined ? { sharding: { bucketSize } } : {}),
    repositories: entries,
  };
  if (json) return JSON.stringify(spec, null, 1);
  const connection = spec.connections[0];
  const lines = [
    '# yaml-language-server: $schema=../../schemas/onboarding-file.schema.json',
    'version: 1',
    `tfe: { hostname: ${tfeHostname}, organization: ${organization} }`,
    'connections:',
    `  - name: ${connection.name}`,
    `    flavor: ${connection.flavor}`,
    `    bitbucketUrl: ${connection.bitbucketUrl}`,
    `    serviceAccount: ${connection.serviceAccount}`,
    `    oauthClient: { name: ${connection.oauthClient.name} }`,
  ];
  if (connection.projects) {
    lines.push('    projects:');
    for (const key of keys) lines.push(`      ${key}: { buckets: ${buckets} }`);
  }
  lines.push('defaults: { branch: main, tags: [onboarded] }');
  if (bucketSize !== undefined) lines.push(`sharding: { bucketSize: ${bucketSize} }`);
  lines.push('repositories:');
  for (const entry of entries) lines.push(`  - { repository: ${entry.repository} }`);
  return `${lines.join('\n')}\n`;
}

module.exports = { onboardingFile };

if (require.main === module) {
  const args = process.argv.slice(2);
  const value = (name, fallback) => {
    const at = args.indexOf(`--${name}`);
    return at >= 0 ? Number(args[at + 1]) : fallback;
  };
  process.stdout.write(onboardingFile({
    repositories: value('repositories', 1000),
    projects: value('projects', 20),
    buckets: value('buckets', 1),
    bucketSize: args.includes('--bucket-size') ? value('bucket-size') : undefined,
    json: args.includes('--json'),
  }));
}
