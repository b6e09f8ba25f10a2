import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_RULES } from '../../lib/checks/all-rules';

describe('the README\'s rule table', () => {
  const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');

  test.each(ALL_RULES.map((r) => [r.id, r]))('lists %s exactly as the rule describes itself', (_id, rule) => {
    expect(readme).toContain(`| ${rule.id} | ${rule.description} | ${rule.severity} | ${rule.fix} |`);
  });

  test('lists no rule that does not exist', () => {
    const listed = [...readme.matchAll(/^\| (BBTFE\d+) \|/gm)].map((m) => m[1]);
    expect(listed).toEqual(ALL_RULES.map((r) => r.id));
  });
});
