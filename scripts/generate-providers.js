#!/usr/bin/env node
// Regenerates the Bitbucket Data Center, Bitbucket Cloud and restful provider bindings under
// lib/providers/ from the provider schemas committed in schemas/. No network is needed: the
// Terraform registry is never asked, which is why the schemas are kept in the repository.
// The output is committed; CI runs this script and fails when it changes anything.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { CodeMaker } = require('codemaker');
const { TerraformProviderGenerator } = require('@cdktf/provider-generator/lib/get/generator/provider-generator');
const { ConstructsMakerProviderTarget, TerraformProviderConstraint, Language } = require('@cdktf/commons');

const root = path.resolve(__dirname, '..');
const outdir = path.join(root, 'lib', 'providers');

// source and version constraint written into the bindings' provider blocks.
const PROVIDERS = [
  { schema: 'xvlcwk-bitbucketserver-1.8.3.schema.json', constraint: 'xvlcwk-terraform/bitbucketserver@~> 1.8' },
  { schema: 'drfaust92-bitbucket-2.52.0.schema.json', constraint: 'DrFaust92/bitbucket@~> 2.52' },
  // 0.x minors of restful changed their schemas: pinned exactly.
  { schema: 'magodo-restful-0.25.2.schema.json', constraint: 'magodo/restful@= 0.25.2' },
];

async function main() {
  const staging = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'bitbucket-tfe-providers-'));
  for (const provider of PROVIDERS) {
    const schema = JSON.parse(fs.readFileSync(path.join(root, 'schemas', provider.schema), 'utf8'));
    // Without provider_versions the generator writes the `~>` constraint instead of pinning one release.
    delete schema.provider_versions;
    const code = new CodeMaker();
    const generator = new TerraformProviderGenerator(code, schema);
    const target = new ConstructsMakerProviderTarget(new TerraformProviderConstraint(provider.constraint), Language.TYPESCRIPT);
    generator.generate(target);
    await code.save(staging);
  }
  // The generator writes <staging>/providers/<name>/; flatten that to lib/providers/<name>/.
  fs.rmSync(outdir, { recursive: true, force: true });
  fs.renameSync(path.join(staging, 'providers'), outdir);
  fs.rmSync(staging, { recursive: true, force: true });
  const names = fs.readdirSync(outdir).sort();
  console.log(`generated ${names.join(', ')} into ${path.relative(root, outdir)}/`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
