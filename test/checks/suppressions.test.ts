import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Workspace } from '@cdktf/provider-tfe/lib/workspace';
import { TerraformStack, Testing } from 'cdktf';
import { IConstruct } from 'constructs';
import { AccessScope, BitbucketTfeChecks, DataCenterConnection } from '../../lib';
import { newStack } from '../helpers/synth';
import { handWritten, healthy } from './stacks';

/** The annotations of one level on a construct and everything under it. */
function annotations(scope: IConstruct, level: 'info' | 'warn' | 'error'): string[] {
  return scope.node.findAll().flatMap((c) => c.node.metadata).filter((m) => m.type === `@cdktf/${level}`).map((m) => String(m.data));
}

/** A hand-written workspace that does not wait for its grant: BBTFE2, an error. */
function unordered(): { stack: TerraformStack; workspace: Workspace } {
  const stack = newStack();
  const { workspace } = handWritten(stack, { grant: 'REPO_ADMIN', dependsOnGrant: false });
  BitbucketTfeChecks.applyTo(stack);
  return { stack, workspace };
}

const REASON = 'the grant is created by the platform pipeline a day before';

describe('BitbucketTfeChecks.suppress', () => {
  test('a suppressed error does not stop the synth and is reported as information with its reason', () => {
    const { stack, workspace } = unordered();
    expect(() => Testing.synth(stack, true)).toThrow(/BBTFE2 error/);
    BitbucketTfeChecks.suppress(workspace, [{ id: 'BBTFE2', reason: REASON }]);
    expect(() => Testing.synth(stack, true)).not.toThrow();
    expect(annotations(workspace, 'info')).toEqual([
      `BBTFE2 suppressed: tfe_workspace.workspace (PLAT/network) does not depend on bitbucketserver_repository_permissions_user.grant. Reason: ${REASON}`,
    ]);
    expect(annotations(stack, 'error')).toEqual([]);
  });

  test('a suppressed warning is no warning; a suppression on a construct covers what it made', () => {
    const stack = healthy({ accessScope: AccessScope.PROJECT, projects: ['PLAT'] });
    const connection = stack.node.findChild('connection') as DataCenterConnection;
    BitbucketTfeChecks.suppress(connection, [{ id: 'BBTFE8', reason: 'PLAT is a sandbox project owned by the platform team' }]);
    Testing.synth(stack, true);
    expect(annotations(stack, 'warn')).toEqual([]);
    expect(annotations(connection, 'info')).toEqual([
      expect.stringMatching(/^BBTFE8 suppressed: restful_resource\.\S+ makes svc-terraform administrator of the whole project PLAT\. Reason: PLAT is a sandbox project owned by the platform team$/),
    ]);
  });

  test('the synth output (the manifest cdktf synth prints) lists the suppressed finding as info', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'stack');
    const { workspace } = handWritten(stack, { grant: 'REPO_ADMIN', dependsOnGrant: false });
    BitbucketTfeChecks.applyTo(stack);
    BitbucketTfeChecks.suppress(workspace, [{ id: 'BBTFE2', reason: REASON }]);
    app.synth();
    const manifest = JSON.parse(readFileSync(join(app.outdir, 'manifest.json'), 'utf8'));
    expect(manifest.stacks.stack.annotations).toEqual([{
      constructPath: 'stack/workspace', level: '@cdktf/info',
      message: expect.stringMatching(new RegExp(`^BBTFE2 suppressed: .* Reason: ${REASON}$`)),
    }]);
  });

  test('a suppression covers only its rule and its construct\'s subtree', () => {
    const other = unordered();
    BitbucketTfeChecks.suppress(other.workspace, [{ id: 'BBTFE8', reason: 'not the finding this workspace has' }]);
    expect(() => Testing.synth(other.stack, true)).toThrow(/BBTFE2 error/);
    const sibling = unordered();
    BitbucketTfeChecks.suppress(sibling.stack.node.findChild('grant'), [{ id: 'BBTFE2', reason: 'on the grant, not on the workspace' }]);
    expect(() => Testing.synth(sibling.stack, true)).toThrow(/BBTFE2 error/);
  });

  test('on a stack it covers the whole stack; the nearest suppression gives the reason', () => {
    const { stack, workspace } = unordered();
    BitbucketTfeChecks.suppress(stack, [{ id: 'BBTFE2', reason: 'the whole stack is a throwaway demo' }]);
    expect(() => Testing.synth(stack, true)).not.toThrow();
    expect(annotations(stack, 'info')).toEqual([expect.stringMatching(/Reason: the whole stack is a throwaway demo$/)]);
    BitbucketTfeChecks.suppress(workspace, [{ id: 'BBTFE2', reason: REASON }]);
    Testing.synth(stack, true);
    expect(annotations(workspace, 'info')).toContainEqual(expect.stringMatching(new RegExp(`Reason: ${REASON}$`)));
  });

  test('is recorded as metadata of the construct', () => {
    const { workspace } = unordered();
    BitbucketTfeChecks.suppress(workspace, [{ id: 'BBTFE2', reason: `  ${REASON}  ` }]);
    expect(workspace.node.metadata.filter((m) => m.type === 'cdktf-bitbucket-tfe/suppression').map((m) => m.data))
      .toEqual([{ id: 'BBTFE2', reason: REASON }]);
  });

  test('a reason shorter than 10 characters is refused, naming the construct, the rule and the fix', () => {
    const { workspace } = unordered();
    for (const reason of ['ok', '   short   ', '']) {
      expect(() => BitbucketTfeChecks.suppress(workspace, [{ id: 'BBTFE2', reason }])).toThrow(
        `BitbucketTfeChecks.suppress(test/workspace) suppressions[0].reason: ${JSON.stringify(reason)} does not say why BBTFE2 may be ignored on this construct (a reason has at least 10 characters). Fix: write what makes the finding acceptable here, e.g. { id: 'BBTFE2', reason: 'the platform team owns this project and needs the wider permission' }`);
    }
    expect(() => BitbucketTfeChecks.suppress(workspace, [{ id: 'BBTFE2' } as any])).toThrow(/suppressions\[0\]\.reason: \(not set\) does not say why BBTFE2/);
    expect(workspace.node.metadata.filter((m) => m.type === 'cdktf-bitbucket-tfe/suppression')).toEqual([]);
  });

  test('an unknown rule id is refused, with the ids there are', () => {
    const { workspace } = unordered();
    expect(() => BitbucketTfeChecks.suppress(workspace, [{ id: 'BBTFE2', reason: REASON }, { id: 'BBTFE99', reason: REASON }])).toThrow(
      /^BitbucketTfeChecks\.suppress\(test\/workspace\) suppressions\[1\]\.id: "BBTFE99" is not a rule id\. Fix: use one of BBTFE1, BBTFE2, .*BBTFE9/);
    // Nothing of a refused list is recorded.
    expect(workspace.node.metadata.filter((m) => m.type === 'cdktf-bitbucket-tfe/suppression')).toEqual([]);
  });
});
