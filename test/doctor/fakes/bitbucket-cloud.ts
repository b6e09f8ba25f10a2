import * as http from 'node:http';
import { FakeServer, fixture, sendJson, startServer } from './server';

export interface FakeCloudOptions {
  /** Accepted as HTTP Basic username:token (API token or app password). */
  readonly username: string;
  readonly token: string;
  /** Repositories (`workspace/slug`) and whether the account may manage their webhooks; others do not exist. */
  readonly repos: Record<string, 'admin' | 'write'>;
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
