import * as http from 'node:http';
import { FakeServer, fixture, sendJson, startServer } from './server';

export type RepoPermission = 'REPO_READ' | 'REPO_WRITE' | 'REPO_ADMIN';

export interface ApplicationLinkFake {
  readonly id: string;
  readonly name: string;
  /** Application URL of the link, e.g. https://tfe.example.com or https://tfe.example.com/app/org. */
  readonly url: string;
  /** Incoming OAuth consumer; absent means none is configured (404). */
  readonly consumer?: { readonly key: string; readonly publicKey: string };
}

export interface FakeDataCenterOptions {
  /** e.g. '/bitbucket'; '' for an instance at the root. */
  readonly contextPath?: string;
  readonly username: string;
  /** Accepted as `Authorization: Bearer <token>`. */
  readonly token: string;
  /** Permission of the service account per `PROJECT/slug`; repositories not listed do not exist. */
  readonly repos: Record<string, RepoPermission>;
  /** Whether the service account is a system administrator (needed for application links). */
  readonly admin?: boolean;
  readonly applinks?: ApplicationLinkFake[];
  /** Delay before answering a webhook list, so concurrent requests overlap. */
  readonly webhookDelayMs?: number;
}

export interface FakeDataCenter extends FakeServer {
  /** The instance URL including the context path. */
  readonly baseUrl: string;
}

/**
 * Bitbucket Data Center's REST API as far as the doctor uses it, with the status codes and error bodies of
 * the 9.2 API (401 AuthorisationException without REPO_ADMIN, 401 IncorrectPasswordAuthenticationException
 * for bad credentials, 404 NoSuchRepositoryException) and X-AUSERNAME on authenticated answers.
 */
export async function startFakeDataCenter(options: FakeDataCenterOptions): Promise<FakeDataCenter> {
  const context = options.contextPath ?? '';
  const handler = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    if (!url.pathname.startsWith(`${context}/rest/`)) {
      // Bitbucket's own 404 page for paths outside the REST API.
      res.writeHead(404, { 'content-type': 'text/html;charset=UTF-8' });
      res.end('<!DOCTYPE html><html><body>Page not found</body></html>');
      return;
    }
    const path = url.pathname.slice(context.length);
    if (req.headers.authorization !== `Bearer ${options.token}`) {
      sendJson(res, 401, fixture('dc-401-bad-credentials.json'));
      return;
    }
    const authenticated = { 'x-ausername': options.username };

    if (path === '/rest/api/1.0/projects') {
      sendJson(res, 200, fixture('dc-projects-page.json'), authenticated);
      return;
    }
    const webhooks = /^\/rest\/api\/1\.0\/projects\/([^/]+)\/repos\/([^/]+)\/webhooks$/.exec(path);
    if (webhooks) {
      if (options.webhookDelayMs) {
        await new Promise((resolve) => setTimeout(resolve, options.webhookDelayMs));
      }
      const permission = options.repos[`${decodeURIComponent(webhooks[1])}/${decodeURIComponent(webhooks[2])}`];
      if (!permission) {
        sendJson(res, 404, fixture('dc-404-no-such-repository.json'), authenticated);
      } else if (permission !== 'REPO_ADMIN') {
        sendJson(res, 401, fixture('dc-401-authorisation.json'), authenticated);
      } else {
        sendJson(res, 200, fixture('dc-webhooks-page.json'), authenticated);
      }
      return;
    }
    if (path === '/rest/applinks/latest/applicationlink') {
      if (!options.admin) {
        sendJson(res, 401, fixture('dc-401-authorisation.json'), authenticated);
        return;
      }
      if (!/json/.test(String(req.headers.accept))) {
        // The applinks service answers XML unless JSON is asked for.
        res.writeHead(200, { 'content-type': 'application/xml' });
        res.end('<applicationLinks/>');
        return;
      }
      sendJson(
        res,
        200,
        {
          applicationLinks: (options.applinks ?? []).map((link) => ({
            id: link.id,
            typeId: 'generic',
            name: link.name,
            displayUrl: link.url,
            rpcUrl: link.url,
            isPrimary: true,
            isSystem: false,
          })),
        },
        authenticated,
      );
      return;
    }
    const consumer = /^\/rest\/applinks-oauth\/1\.0\/applicationlink\/([^/]+)\/authentication\/consumer$/.exec(path);
    if (consumer) {
      const link = (options.applinks ?? []).find((l) => l.id === decodeURIComponent(consumer[1]));
      if (!options.admin) {
        sendJson(res, 401, fixture('dc-401-authorisation.json'), authenticated);
      } else if (!link?.consumer) {
        sendJson(res, 404, { message: 'No consumer configured', 'status-code': 404 }, authenticated);
      } else {
        sendJson(res, 200, { consumers: [{ key: link.consumer.key, name: 'Terraform Enterprise', publicKey: link.consumer.publicKey, outgoing: false, twoLOAllowed: false }] }, authenticated);
      }
      return;
    }
    sendJson(res, 404, { errors: [{ context: null, message: `No such resource ${path}`, exceptionName: null }] });
  };
  const server = await startServer(handler);
  return Object.assign(server, { baseUrl: `${server.url}${context}` });
}
