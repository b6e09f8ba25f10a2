import { execFileSync } from 'node:child_process';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');

interface Finding {
  readonly ruleId: string | null;
  readonly message: string;
}

/**
 * Lints each snippet as if it were the file at `filePath`, with the project's eslint.config.mjs, through ESLint's
 * Node API. In a child process: ESLint loads its configuration with import(), which jest's module sandbox lacks.
 */
function lint(snippets: Array<{ filePath: string; code: string }>): Finding[][] {
  const script = `
    import { ESLint } from 'eslint';
    const snippets = JSON.parse(process.argv[1]);
    const eslint = new ESLint({ cwd: process.cwd() });
    const results = [];
    for (const { filePath, code } of snippets) {
      const [result] = await eslint.lintText(code, { filePath });
      results.push(result.messages.map(({ ruleId, message }) => ({ ruleId, message })));
    }
    process.stdout.write(JSON.stringify(results));
  `;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(snippets)], { cwd: ROOT, encoding: 'utf8' }));
}

describe('the linter holds the layering of lib/ (eslint.config.mjs)', () => {
  let domainCdktf: Finding[], domainCommon: Finding[], cloudDataCenter: Finding[], doctorConstructs: Finding[], tfeKeys: Finding[], allowed: Finding[];
  beforeAll(() => {
    [domainCdktf, domainCommon, cloudDataCenter, doctorConstructs, tfeKeys, allowed] = lint([
      { filePath: 'lib/domain/example.ts', code: "import { Token } from 'cdktf';\nexport const unresolved = Token.isUnresolved;\n" },
      { filePath: 'lib/domain/example.ts', code: "import { isUnresolved } from '../common/tokens';\nexport const check = isUnresolved;\n" },
      { filePath: 'lib/cloud/example.ts', code: "import { DataCenterServiceAccountAccess } from '../data-center/access';\nexport const access = DataCenterServiceAccountAccess;\n" },
      { filePath: 'lib/doctor/example.ts', code: "import { Construct } from 'constructs';\nexport const construct = Construct;\n" },
      { filePath: 'lib/tfe/example.ts', code: "import { RsaKeyPair } from '../keys/rsa-key-pair';\nexport const keys = RsaKeyPair;\n" },
      {
        filePath: 'lib/cloud/example.ts',
        code: "import { BITBUCKET_CLOUD_HTTP_URL } from '../domain/bitbucket-cloud';\nimport { AccessScope } from '../onboarding/repository-access';\n"
          + "import { BitbucketOAuthClient } from '../tfe/oauth-client';\nexport const used = [BITBUCKET_CLOUD_HTTP_URL, AccessScope, BitbucketOAuthClient];\n",
      },
    ]);
  });

  test('lib/domain imports no cdktf', () => {
    expect(domainCdktf).toEqual([expect.objectContaining({ ruleId: 'no-restricted-imports', message: expect.stringContaining('lib/domain is plain TypeScript') })]);
  });

  test('lib/domain imports nothing of lib/ outside itself', () => {
    expect(domainCommon).toEqual([expect.objectContaining({ ruleId: 'import-x/no-restricted-paths', message: expect.stringContaining('lib/domain imports nothing of lib/') })]);
  });

  test('Bitbucket Cloud does not import Data Center (one layer)', () => {
    expect(cloudDataCenter).toEqual([expect.objectContaining({ ruleId: 'import-x/no-restricted-paths', message: expect.stringContaining('lib/cloud may import only') })]);
  });

  test('the doctor imports no construct package', () => {
    expect(doctorConstructs).toEqual([expect.objectContaining({ ruleId: 'no-restricted-imports', message: expect.stringContaining('run without cdktf') })]);
  });

  test('folders of one layer do not import each other', () => {
    expect(tfeKeys).toEqual([expect.objectContaining({ ruleId: 'import-x/no-restricted-paths', message: expect.stringContaining('lib/tfe may import only lib/domain, lib/providers, lib/common') })]);
  });

  test('imports of lower layers pass', () => {
    expect(allowed).toEqual([]);
  });
});
