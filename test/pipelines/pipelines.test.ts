import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const root = join(__dirname, '..', '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const pipelineText = readFileSync(join(root, 'examples', 'pipelines', 'bitbucket-pipelines.yml'), 'utf8');
const script = readFileSync(join(root, 'examples', 'pipelines', 'onboard.sh'), 'utf8');

/** Every `script:` command of every step, anchors resolved. */
function pipelineCommands(): string[] {
  const pipeline = parse(pipelineText, { merge: true });
  const steps = [
    ...Object.values<any[]>(pipeline.pipelines['pull-requests']).flat(),
    ...Object.values<any[]>(pipeline.pipelines.branches).flat(),
  ].map((entry) => entry.step);
  return steps.flatMap((step) => step.script as string[]);
}

describe('examples/pipelines', () => {
  test('bitbucket-pipelines.yml is valid YAML with a review step for pull requests and an onboarding step for main', () => {
    const pipeline = parse(pipelineText);
    expect(pipeline.image).toBe('node:20');
    expect(pipeline.pipelines['pull-requests']['**'][0].step.script).toEqual(['npm ci', 'npm run synth']);
    expect(pipeline.pipelines.branches.main[0].step.script).toContain('bash examples/pipelines/onboard.sh');
    expect(pipeline.pipelines.branches.main[0].step.deployment).toBe('production');
  });

  test('the pipeline\'s project commands are the README\'s', () => {
    for (const command of pipelineCommands().filter((c) => /^(npm|bash|node|npx) /.test(c))) {
      expect(readme).toContain(command);
    }
  });

  test('the script\'s doctor gate and deploys are the README\'s, and the script parses', () => {
    const commands = script.split('\n').map((l) => l.trim()).filter((l) => /^(npm |node bin\/|\(cd )/.test(l));
    expect(commands).toEqual(expect.arrayContaining([
      'npm ci', 'npm run build',
      'node bin/bitbucket-tfe.js doctor "$@" --onboarding-file "$ONBOARDING_FILE" --connection "$connection"',
      '(cd examples/data-center && npx cdktf deploy data-center-connect --auto-approve)',
      '(cd examples/onboarding-file && npx cdktf deploy onboarding --auto-approve)',
    ]));
    for (const command of new Set(commands)) expect(readme).toContain(command);
    expect(spawnSync('bash', ['-n', join(root, 'examples', 'pipelines', 'onboard.sh')]).status).toBe(0);
  });

  test('the script gates before it deploys (new repositories pending), runs the full doctor after, and fails on the first error', () => {
    expect(script).toMatch(/^set -euo pipefail$/m);
    const lines = script.split('\n').map((l) => l.trim());
    const gate = lines.indexOf('doctor_every_connection --before-deploy');
    const deploys = lines.map((l, i) => (l.includes('cdktf deploy') ? i : -1)).filter((i) => i >= 0);
    const after = lines.lastIndexOf('doctor_every_connection');
    expect(gate).toBeGreaterThan(-1);
    expect(gate).toBeLessThan(Math.min(...deploys));
    expect(after).toBeGreaterThan(Math.max(...deploys));
  });

  test('no secret is written in the pipeline or the script, only variable names', () => {
    for (const text of [pipelineText, script]) {
      expect(text).not.toMatch(/atlasv1|BEGIN [A-Z ]*PRIVATE KEY|(password|token)\s*[:=]\s*['"][^'"$]/i);
    }
  });
});
