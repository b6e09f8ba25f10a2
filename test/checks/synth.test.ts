import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OauthClient } from '@cdktf/provider-tfe/lib/oauth-client';
import { Workspace } from '@cdktf/provider-tfe/lib/workspace';
import { App, Aspects, IAspect, TerraformStack, Testing } from 'cdktf';
import { addCustomSynthesis } from 'cdktf/lib/synthesize/synthesizer';
import { Construct, IConstruct } from 'constructs';
import { AccessScope, DataCenterOnboarding } from '../../lib';
import { ALL_RULES } from '../../lib/checks/all-rules';
import { StackView } from '../../lib/checks/stack-view';
import { healthy } from './stacks';

/** A healthy stack in an app of its own, with the outdir cdktf writes to. */
function appWithStack(): { app: App; stack: TerraformStack } {
  const app = Testing.app();
  return { app, stack: healthy({}, new TerraformStack(app, 'stack')) };
}

/** The cdk.tf.json `app.synth()` wrote for the stack, or undefined when it wrote none. */
function written(app: App, stack: TerraformStack): Record<string, any> | undefined {
  const file = join(app.outdir, 'stacks', stack.node.id, 'cdk.tf.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

/** Tags every workspace with "stamped", the way an organization's tagging aspect does. */
class StampWorkspaces implements IAspect {
  public visit(node: IConstruct): void {
    if (node instanceof Workspace) node.tagNames = [...(node.tagNamesInput ?? []), 'stamped'];
  }
}

/** The views the rules were given while the test ran. */
function judgedViews(): StackView[] {
  const views: StackView[] = [];
  for (const rule of ALL_RULES) {
    const check = rule.check;
    jest.spyOn(rule, 'check').mockImplementation((view) => {
      views.push(view);
      return check(view);
    });
  }
  return views;
}

/** Every block of a view by address (cdktf writes the JSON with its keys sorted). */
const blocks = (view: StackView) => Object.fromEntries(view.elements.map((e) => [e.address, e.config]));

afterEach(() => jest.restoreAllMocks());

describe('the checks judge the JSON cdktf writes', () => {
  test('an aspect\'s stamp is in the written cdk.tf.json, and the rules judged exactly that JSON', () => {
    const { app, stack } = appWithStack();
    Aspects.of(stack).add(new StampWorkspaces());
    const views = judgedViews();
    app.synth();
    const json = written(app, stack)!;
    expect(Object.values<any>(json.resource.tfe_workspace).map((w) => w.tag_names)).toEqual([['stamped']]);
    expect(views).toHaveLength(ALL_RULES.length);
    for (const view of views) expect(blocks(view)).toEqual(blocks(StackView.of(stack, json)));
    // The stack's own toTerraform is what wrote it: nothing was replaced on the instance.
    expect(Object.prototype.hasOwnProperty.call(stack, 'toTerraform')).toBe(false);
  });

  test('a finding that exists only because of an override stops the synth before anything is written', () => {
    const { app, stack } = appWithStack();
    const client = stack.node.findAll().find((c): c is OauthClient => c instanceof OauthClient)!;
    client.addOverride('service_provider', 'bitbucket_server');
    expect(() => app.synth()).toThrow(/BBTFE6 error: tfe_oauth_client\.\S+ uses service_provider "bitbucket_server"/);
    expect(written(app, stack)).toBeUndefined();

    const quiet = appWithStack();
    quiet.app.synth();
    expect(Object.values<any>(written(quiet.app, quiet.stack)!.resource.tfe_oauth_client)[0].service_provider).toBe('bitbucket_data_center');
  });

  test('a literal token id put on a library workspace by an override is a finding of the written JSON', () => {
    const { app, stack } = appWithStack();
    const workspace = stack.node.findAll().find((c): c is Workspace => c instanceof Workspace)!;
    workspace.addOverride('vcs_repo.oauth_token_id', 'ot-abc123');
    expect(() => app.synth()).toThrow(/BBTFE10 error: tfe_workspace\.\S+ \(PLAT\/network\) links through the literal OAuth token id "ot-abc123"/);
    expect(written(app, stack)).toBeUndefined();
  });

  test('an override made by an aspect is judged too', () => {
    const { app, stack } = appWithStack();
    Aspects.of(stack).add({
      visit: (node: IConstruct) => {
        if (node instanceof OauthClient) node.addOverride('service_provider', 'bitbucket_server');
      },
    });
    expect(() => app.synth()).toThrow(/BBTFE6 error/);
  });

  test('a change a construct makes while the app is synthesized is written, not replaced by an earlier JSON', () => {
    const { app, stack } = appWithStack();
    const workspace = stack.node.findAll().find((c): c is Workspace => c instanceof Workspace)!;
    // cdktf calls custom synthesis hooks after the validations and before it writes the stack.
    const hook = new Construct(stack, 'stamp-on-synthesis');
    addCustomSynthesis(hook, { onSynthesize: () => { workspace.tagNames = ['stamped']; } });
    app.synth();
    expect(Object.values<any>(written(app, stack)!.resource.tfe_workspace)[0].tag_names).toEqual(['stamped']);
  });
});

describe('the checks and repeated synths', () => {
  test('the JSON written is current even when the stack changes between two synths', () => {
    const stack = healthy();
    const first = JSON.parse(Testing.synth(stack, true));
    expect(Object.keys(first.resource.tfe_workspace)).toHaveLength(1);
    const onboarding = stack.node.findChild('onboarding') as DataCenterOnboarding;
    onboarding.addRepository({ repository: 'PLAT/dns' });
    const second = JSON.parse(Testing.synth(stack, true));
    expect(Object.keys(second.resource.tfe_workspace)).toHaveLength(2);
    onboarding.addRepository({ repository: 'PLAT/mail' });
    expect(Object.keys(JSON.parse(Testing.synth(stack)).resource.tfe_workspace)).toHaveLength(3);
  });

  test('validating, then changing the stack, then synthesizing writes the change', () => {
    const stack = healthy();
    Testing.synth(stack, true);
    stack.runAllValidations();
    const onboarding = stack.node.findChild('onboarding') as DataCenterOnboarding;
    onboarding.addRepository({ repository: 'PLAT/dns' });
    stack.runAllValidations();
    onboarding.onboarding.workspaceFor('PLAT/dns')!.autoApply = true;
    const workspaces = Object.values<any>(JSON.parse(Testing.synth(stack)).resource.tfe_workspace);
    expect(workspaces).toHaveLength(2);
    expect(workspaces.find((w) => w.vcs_repo.identifier === 'PLAT/dns').auto_apply).toBe(true);
  });

  test('a warning is reported once however often the stack is validated', () => {
    const stack = healthy({ accessScope: AccessScope.PROJECT, projects: ['PLAT'] });
    Testing.synth(stack, true);
    Testing.synth(stack, true);
    const warnings = stack.node.findAll().flatMap((c) => c.node.metadata).filter((m) => m.type === '@cdktf/warn');
    expect(warnings.map((w) => String(w.data))).toEqual([expect.stringMatching(/^BBTFE8 warning/)]);
  });
});
