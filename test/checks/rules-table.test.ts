import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_RULES } from '../../lib/checks/all-rules';

const root = join(__dirname, '..', '..');
// scripts/rules-table.js writes the table; the test renders it the same way and compares.
const script = require('../../scripts/rules-table') as {
  BEGIN: string;
  END: string;
  renderRulesTable(rules: typeof ALL_RULES): string;
  replaceRulesTable(markdown: string, table: string): string;
  ruleFiles(): Record<string, string>;
};

describe('the rules table in docs/checks.md', () => {
  const doc = readFileSync(join(root, 'docs', 'checks.md'), 'utf8');

  test('is the table generated from the rule list (fix: npm run docs:rules)', () => {
    expect(doc).toContain(script.BEGIN);
    expect(doc).toContain(script.END);
    expect(script.replaceRulesTable(doc, script.renderRulesTable(ALL_RULES))).toBe(doc);
  });

  test.each(ALL_RULES.map((r) => [r.id, r]))('lists %s exactly as the rule describes itself', (_id, rule) => {
    const row = doc.split('\n').find((line) => line.startsWith(`| [${rule.id}](`));
    expect(row).toBe(`| [${rule.id}](../${script.ruleFiles()[rule.id]}) | ${rule.description.replace(/</g, '&lt;').replace(/>/g, '&gt;')} | ${rule.severity} | `
      + `${rule.fix.replace(/</g, '&lt;').replace(/>/g, '&gt;')} |`);
  });

  test('lists every rule once, in id order, and no rule that does not exist', () => {
    const listed = [...doc.matchAll(/^\| \[(BBTFE\d+)\]/gm)].map((m) => m[1]);
    expect(listed).toEqual(ALL_RULES.map((r) => r.id));
    expect(listed).toEqual(ALL_RULES.map((_r, i) => `BBTFE${i + 1}`));
  });

  test('every rule file in lib/checks/rules/ declares a rule of the list, and each rule has its own file', () => {
    const files = readdirSync(join(root, 'lib', 'checks', 'rules')).filter((n) => n.endsWith('.ts') && !n.endsWith('.d.ts')).sort();
    const byId = script.ruleFiles();
    expect(Object.keys(byId).sort()).toEqual(ALL_RULES.map((r) => r.id).sort());
    expect(Object.values(byId).map((f) => f.replace('lib/checks/rules/', '')).sort()).toEqual(files);
  });
});
