import * as http from 'node:http';
import { FakeServer, fixture, sendJson, startServer } from './server';

export interface FakeCloudOptions {
  /** Accepted as HTTP Basic username:token (API token or app password). */
  readonly username: string;
  readonly token: string;
  /** Repositories (`workspace/slug`) and whether the account may manage their webhooks; others do not exist. */
  readonly repos: Record<string, 'admin' | 'write'>;
  /** The account's role per workspace (`GET /2.0/user/workspaces/{ws}/permission`); others answer 403. @default member of every workspace of `repos` */
  readonly workspaces?: Record<string, 'owner' | 'member' | 'collaborator'>;
}

/** Bitbucket Cloud's 2.0 API as far as the doctor uses it: 401 for failed authentication, 403 for a missing permission or scope. */
export async function startFakeCloud(options: FakeCloudOptions): Promise<FakeServer> {
  const valid = `Basic ${Buffer.from(`${options.username}:${options.token}`).toString('base64')}`;
  return startServer((req: http.IncomingMessage, res: http.ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://fake').pathname;
    if (req.headers.authorization !== valid) {
      sendJson(res, 401, fixture('cloud-401.json'));
      return;
    }
    if (path === '/2.0/user') {
      sendJson(res, 200, fixture('cloud-user.json'));
      return;
    }
    const membership = /^\/2\.0\/user\/workspaces\/([^/]+)\/permission$/.exec(path);
    if (membership) {
      const workspace = decodeURIComponent(membership[1]);
      const member = Object.keys(options.repos).some((r) => r.startsWith(`${workspace}/`));
      const role = options.workspaces ? options.workspaces[workspace] : member ? 'member' : undefined;
      if (!role) {
        sendJson(res, 403, { type: 'error', error: { message: 'You do not have access to this workspace.' } });
      } else {
        sendJson(res, 200, { type: 'workspace_membership', permission: role, user: fixture('cloud-user.json'), workspace: { type: 'workspace', slug: workspace, uuid: '{a15fb181-db1f-48f7-b41f-e1eff06929d6}' } });
      }
      return;
    }
    const hooks = /^\/2\.0\/repositories\/([^/]+)\/([^/]+)\/hooks$/.exec(path);
    if (hooks) {
      const permission = options.repos[`${decodeURIComponent(hooks[1])}/${decodeURIComponent(hooks[2])}`];
      if (!permission) {
        sendJson(res, 404, fixture('cloud-404.json'));
      } else if (permission !== 'admin') {
        sendJson(res, 403, fixture('cloud-403-scope.json'));
      } else {
        sendJson(res, 200, fixture('cloud-hooks-page.json'));
      }
      return;
    }
    sendJson(res, 404, { type: 'error', error: { message: 'Resource not found' } });
  });
}
