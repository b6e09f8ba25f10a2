'use strict';
// The workload every synth variant writes: one Data Center connection and N repositories onboarded
// through it in the same stack (docs/data-center.md: `new DataCenterOnboarding(this, 'x', { connection, repositories })`),
// with the SSH clone key ON (the connection's default, so the stack also holds the clone key, its
// registration in Bitbucket and the PATCH that sets it on the OAuth token). Secrets are sensitive TerraformVariables.

const SETTINGS = {
  bitbucketUrl: 'https://bitbucket.example.com/bitbucket',
  tfeHostname: 'tfe.example.com',
  organization: 'acme',
  serviceAccountName: 'svc-terraform',
  adminUsername: 'admin',
};

/** Repositories spread over 20 projects: `PRJ0/repo-00000`, `PRJ1/repo-00001`, ... each on branch main. */
const PROJECTS = 20;

function repositories(n) {
  const list = new Array(n);
  for (let i = 0; i < n; i++) {
    list[i] = { project: `PRJ${i % PROJECTS}`, slug: `repo-${String(i).padStart(5, '0')}`, branch: 'main' };
  }
  return list;
}

/** What every variant must produce for N repositories (checked against the synthesized cdk.tf.json). */
function expectedCounts(n) {
  return {
    resource: {
      // N grants, the application link, its consumer and the service account's clone key.
      restful_resource: n + 3,
      // The clone key PATCHed on the OAuth token.
      restful_operation: 1,
      // The guards of the two OAuth client lookups (the connection's own, the onboarding's) and the clone key's
      // generation.
      terraform_data: 3,
      tfe_oauth_client: 1,
      tfe_workspace: n,
      tls_private_key: 2,
    },
    // The two OAuth client reads through TFE's API and one repository-exists read per repository.
    data: { restful_resource: n + 2 },
    // restful: Bitbucket's API, and TFE's API for each of the two lookups and for the clone key on the token.
    provider: { restful: 4, tfe: 1, tls: 1 },
    // clients, selected client and tokens of each lookup, and the token id the clone key's for_each reads.
    locals: 7,
    output: 5,
    variable: 2,
    // dependsOn edges per resource type: consumer -> link; clone key on the token -> its registration and the
    // connection's guard; client -> consumer; each workspace -> its grant and the onboarding's guard.
    depends_on: {
      restful_operation: 2,
      restful_resource: 1,
      terraform_data: 0,
      tfe_oauth_client: 1,
      tfe_workspace: 2 * n,
      tls_private_key: 0,
    },
  };
}

/** Counts blocks per type in a Terraform JSON document. */
function countBlocks(doc) {
  const perType = (section) => {
    const out = {};
    for (const [type, byName] of Object.entries(section || {})) out[type] = Object.keys(byName).length;
    return out;
  };
  const providers = {};
  for (const [type, list] of Object.entries(doc.provider || {})) providers[type] = Array.isArray(list) ? list.length : 1;
  const dependsOn = {};
  for (const [type, byName] of Object.entries(doc.resource || {})) {
    let edges = 0;
    for (const block of Object.values(byName)) edges += (block.depends_on || []).length;
    dependsOn[type] = edges;
  }
  return {
    resource: perType(doc.resource),
    data: perType(doc.data),
    provider: providers,
    locals: Object.keys(doc.locals || {}).length,
    output: Object.keys(doc.output || {}).length,
    variable: Object.keys(doc.variable || {}).length,
    depends_on: dependsOn,
  };
}

/** JSON with sorted keys, to compare count objects whatever their key order. */
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
  return JSON.stringify(value);
}

module.exports = { SETTINGS, PROJECTS, repositories, expectedCounts, countBlocks, canonical };
