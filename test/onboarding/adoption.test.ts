import { Workspace } from '@cdktf/provider-tfe/lib/workspace';
import { TerraformStack, TerraformVariable } from 'cdktf';
import { RepositoryWorkspaceOptions } from '../../lib';
import { connectionAttributes, DataCenterOnboardingOverrides, onboardThroughAttributes } from '../helpers/data-center';
import { newStack, resourcesOf, SynthesizedStack, synthJson } from '../helpers/synth';

type WithImports = SynthesizedStack & { import?: Array<{ to: string; id: string; provider?: string }> };

function onboard(stack: TerraformStack, repositories: RepositoryWorkspaceOptions[], overrides: DataCenterOnboardingOverrides = {}): WithImports {
  onboardThroughAttributes(stack, 'onboarding', connectionAttributes(stack), { repositories, ...overrides });
  return synthJson(stack);
}

const workspaceAddress = (json: SynthesizedStack, identifier: string) =>
  `tfe_workspace.${Object.entries(resourcesOf(json, 'tfe_workspace')).find(([, w]) => w.vcs_repo.identifier === identifier)![0]}`;

describe('adopting existing workspaces', () => {
  test('an entry with workspaceId gets an import block into its workspace, with the workspace\'s provider; the others are created', () => {
    const json = onboard(newStack(), [{ repository: 'PLAT/a', workspaceId: 'ws-AbC123' }, { repository: 'PLAT/b' }]);
    const provider = resourcesOf(json, 'tfe_workspace')[workspaceAddress(json, 'PLAT/a').split('.')[1]].provider;
    expect(provider).toMatch(/^tfe\./);
    expect(json.import).toEqual([{ to: workspaceAddress(json, 'PLAT/a'), id: 'ws-AbC123', provider }]);
    expect(Object.keys(resourcesOf(json, 'tfe_workspace'))).toHaveLength(2);
  });

  test('the adopted workspace keeps the settings of its entry, so differences show as in-place updates', () => {
    const json = onboard(newStack(), [{ repository: 'PLAT/a', workspaceId: 'ws-AbC123', workspaceName: 'network-prod', branch: 'main', tags: ['net'] }]);
    const [workspace] = Object.values(resourcesOf(json, 'tfe_workspace'));
    expect(workspace).toMatchObject({ name: 'network-prod', vcs_repo: { identifier: 'PLAT/a', branch: 'main' }, tag_names: ['net'] });
  });

  test('a workspaceId that is not a TFE workspace id is refused, naming the prop', () => {
    expect(() => onboard(newStack(), [{ repository: 'PLAT/a' }, { repository: 'PLAT/b', workspaceId: 'PLAT-b' }]))
      .toThrow(/DataCenterOnboarding\.repositories\[1\]\.workspaceId: "PLAT-b" is not a TFE workspace id\. Fix: use the id shown on the workspace's settings page \("ws-\.\.\."\)/);
  });

  test('one workspace adopted by two entries is refused, naming both', () => {
    expect(() => onboard(newStack(), [{ repository: 'PLAT/a', workspaceId: 'ws-AbC123' }, { repository: 'PLAT/b', workspaceId: 'ws-AbC123' }]))
      .toThrow(/repositories\[1\]\.workspaceId: "ws-AbC123" is also the workspaceId of DataCenterOnboarding\.repositories\[0\]/);
  });

  test('a workspace id from a variable is not judged at synth time', () => {
    const stack = newStack();
    const id = new TerraformVariable(stack, 'network_workspace', { type: 'string' }).stringValue;
    const json = onboard(stack, [{ repository: 'PLAT/a', workspaceId: id }]);
    expect(json.import).toEqual([expect.objectContaining({ id: '${var.network_workspace}' })]);
  });

  test('an off-boarded entry imports nothing', () => {
    const json = onboard(newStack(), [{ repository: 'PLAT/a', workspaceId: 'ws-AbC123', offboard: true }]);
    expect(json.import).toBeUndefined();
    expect(json.removed).toHaveLength(1);
  });

  test('a renamed repository may keep its workspaceId: the moved and the import block name the same address', () => {
    const json = onboard(newStack(), [{ repository: 'PLAT/new', previousRepository: 'PLAT/old', workspaceId: 'ws-AbC123' }]);
    expect(json.moved?.[0].to).toBe(json.import?.[0].to);
  });

  test('the stack\'s own import blocks stay beside the adopted workspaces\'', () => {
    const stack = newStack();
    const own = new Workspace(stack, 'own', { name: 'own', organization: 'acme' });
    own.importFrom('ws-Own123');
    const json = onboard(stack, [{ repository: 'PLAT/a', workspaceId: 'ws-AbC123' }]);
    expect(json.import?.map((b) => b.id).sort()).toEqual(['ws-AbC123', 'ws-Own123']);
  });

  test('synthesizing adopted workspaces does not need Terraform on the PATH', () => {
    const path = process.env.PATH;
    process.env.PATH = '';
    try {
      const json = onboard(newStack(), Array.from({ length: 20 }, (_, i) => ({ repository: `PLAT/r${i}`, workspaceId: `ws-r${i}` })));
      expect(json.import).toHaveLength(20);
    } finally {
      process.env.PATH = path;
    }
  });
});
