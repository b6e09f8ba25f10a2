import { HttpResponse } from '../http';
import { judge } from '../trust';
import { CheckResult, OnboardedWorkspace } from '../types';
import { joinUrl, segment } from '../urls';
import { DoctorContext, result, unexpectedAnswer, unexpectedFix } from './common';

export const TFE_WORKSPACE_ADOPTION = 'tfe-workspace-adoption';

interface LiveWorkspace {
  readonly data: {
    readonly id: string;
    readonly attributes: { readonly 'name': string; readonly 'vcs-repo': { readonly identifier: string } | null };
    readonly relationships?: { readonly organization?: { readonly data?: { readonly id?: string } | null } };
  };
}

type Outcome =
  | { readonly kind: 'ok'; readonly adopts: boolean }
  | { readonly kind: 'finding'; readonly check: CheckResult }
  /** No answer the check can rely on: said once for all such entries, not once per entry. */
  | { readonly kind: 'unknown'; readonly message: string; readonly fix: string };

/**
 * The workspaces an onboarding file deploys, against the organization as it is:
 * - an entry without `workspaceId` whose workspace name is already taken would make the deploy create a workspace
 *   TFE refuses (422 "Name has already been taken"): the existing one must be adopted by its id;
 * - an entry's `workspaceId` must name a workspace of this organization, or the import fails at plan.
 * TFE answers 404 both for a workspace that does not exist and for one the token may not read, so a free name is
 * only as certain as the token's view; the pass says so.
 */
export async function workspaceAdoption(ctx: DoctorContext, workspaces: readonly OnboardedWorkspace[],
  map: <T, R>(items: readonly T[], fn: (item: T) => Promise<R>) => Promise<R[]>): Promise<CheckResult[]> {
  const tfe = ctx.tfe;
  const organization = tfe?.organization;
  if (!tfe || !organization || workspaces.length === 0) return [];
  const get = (path: string) => ctx.http.get(joinUrl(tfe.base, path), { authorization: tfe.authorization, accept: 'application/vnd.api+json' });

  const outcomes = await map(workspaces, async (ws): Promise<Outcome> => {
    const path = ws.id === undefined
      ? `/api/v2/organizations/${segment(organization)}/workspaces/${segment(ws.name)}`
      : `/api/v2/workspaces/${segment(ws.id)}`;
    const outcome = await get(path);
    const answer = judge<LiveWorkspace>(outcome, 'tfe-workspace', 'TFE', 'a workspace');
    if (answer.kind === 'untrusted') return { kind: 'unknown', message: `${outcome.ok ? '' : 'TFE is not reachable: '}${answer.message}`, fix: answer.fix };
    if (answer.kind === 'status') {
      if (answer.response.status === 404) return ws.id === undefined ? { kind: 'ok', adopts: false } : { kind: 'finding', check: missing(ws, organization) };
      return { kind: 'unknown', ...statusProblem(answer.response) };
    }
    const live = answer.body.data;
    if (ws.id === undefined) return { kind: 'finding', check: taken(ws, organization, live) };
    const owner = live.relationships?.organization?.data?.id;
    if (owner !== undefined && owner !== organization) {
      return {
        kind: 'finding',
        check: result(TFE_WORKSPACE_ADOPTION, 'fail', ws.repository,
          `${ws.entry} adopts workspace ${ws.id} (${live.attributes.name}), which belongs to organization ${owner}, not ${organization}: the import would bring it into the wrong organization's configuration`,
          `Use the id of the workspace in ${organization}, or run bitbucket-tfe discover for ${organization} again.`),
      };
    }
    if (live.attributes.name !== ws.name) {
      return {
        kind: 'finding',
        check: result(TFE_WORKSPACE_ADOPTION, 'warn', ws.repository,
          `${ws.entry} adopts workspace ${ws.id}, named ${live.attributes.name} in TFE: the deploy renames it to ${ws.name} (in place; its id, state and history stay)`,
          `To keep the name, set workspaceName: ${live.attributes.name} on ${ws.entry}.`),
      };
    }
    return { kind: 'ok', adopts: true };
  });

  const checks = outcomes.flatMap((o) => (o.kind === 'finding' ? [o.check] : []));
  const unknown = outcomes.filter((o): o is Extract<Outcome, { kind: 'unknown' }> => o.kind === 'unknown');
  if (unknown.length > 0) {
    checks.push(result(TFE_WORKSPACE_ADOPTION, 'fail', organization,
      `could not tell for ${unknown.length} of ${workspaces.length} entries whether their workspace exists in TFE: ${unknown[0].message}`, unknown[0].fix));
  }
  if (checks.every((c) => c.status !== 'fail')) {
    const adopting = outcomes.filter((o) => o.kind === 'ok' && o.adopts).length + checks.length;
    const created = workspaces.length - adopting;
    checks.push(result(TFE_WORKSPACE_ADOPTION, 'pass', organization,
      `${workspaces.length} workspace${workspaces.length === 1 ? '' : 's'} of the file checked in ${organization}: ${adopting} adopt${adopting === 1 ? 's' : ''} an existing workspace by its id, ` +
      `${created} new name${created === 1 ? ' is' : 's are'} free (as far as TFE_TOKEN can see: TFE answers 404 also for a workspace the token may not read)`));
  }
  return checks;
}

function taken(ws: OnboardedWorkspace, organization: string, live: LiveWorkspace['data']): CheckResult {
  const vcs = live.attributes['vcs-repo'];
  const linked = vcs ? `linked to ${vcs.identifier}` : 'not linked to a repository';
  return result(TFE_WORKSPACE_ADOPTION, 'fail', ws.repository,
    `workspace ${ws.name} already exists in organization ${organization} (${live.id}, ${linked}), and ${ws.entry} has no workspaceId: ` +
      'the deploy would create it again and TFE would refuse with 422 "Name has already been taken"',
    `Adopt it: add "workspaceId: ${live.id}" to ${ws.entry}, or run bitbucket-tfe discover to write the ids of every workspace the OAuth client links. ` +
      'If it is another workspace, give the entry a workspaceName that is free.');
}

function missing(ws: OnboardedWorkspace, organization: string): CheckResult {
  return result(TFE_WORKSPACE_ADOPTION, 'fail', ws.repository,
    `${ws.entry} adopts workspace ${ws.id}, which does not exist in organization ${organization} or TFE_TOKEN may not read it: the import would fail at plan ("Cannot import non-existent remote object")`,
    'Check the id on the workspace\'s settings page (ws-...), or run bitbucket-tfe discover again; remove workspaceId to create a new workspace instead.');
}

function statusProblem(response: HttpResponse): { message: string; fix: string } {
  if (response.status === 401) {
    return { message: 'TFE rejected TFE_TOKEN (401)', fix: 'Set TFE_TOKEN to a valid user or team API token (User settings > Tokens).' };
  }
  return { message: unexpectedAnswer(response, 'TFE'), fix: unexpectedFix(response) };
}
