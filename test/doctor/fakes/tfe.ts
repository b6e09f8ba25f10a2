import * as http from 'node:http';
import { FakeServer, fixture, sendJson, startServer } from './server';

export interface OAuthClientFake {
  readonly id: string;
  /** @default "Bitbucket" */
  readonly name?: string;
  readonly serviceProvider: string;
  readonly httpUrl: string;
  readonly apiUrl: string;
  readonly rsaPublicKey?: string;
  readonly key?: string;
  /** Defaults to `https://<fake host>/auth/<uuid>/callback`. */
  readonly callbackUrl?: string;
  /** Empty until the client was authorized. */
  readonly tokenIds: string[];
}

export interface FakeTfeOptions {
  readonly token: string;
  readonly organization: string;
  readonly clients: OAuthClientFake[];
  /** Page size of the organization's client list, to exercise pagination. */
  readonly pageSize?: number;
}

/** TFE's JSON:API for OAuth clients: 401 for a bad token, 404 for an unknown organization or client. */
export async function startFakeTfe(options: FakeTfeOptions): Promise<FakeServer> {
  let self: FakeServer | undefined;
  const resource = (client: OAuthClientFake) => {
    const item = fixture('tfe-oauth-client.json');
    item.id = client.id;
    item.links.self = `/api/v2/oauth-clients/${client.id}`;
    Object.assign(item.attributes, {
      'name': client.name ?? item.attributes.name,
      'service-provider': client.serviceProvider,
      'http-url': client.httpUrl,
      'api-url': client.apiUrl,
      'rsa-public-key': client.rsaPublicKey ?? null,
      'key': client.key ?? null,
      'callback-url': client.callbackUrl ?? `${self!.url}/auth/35936d44-842c-4ddd-b4d4-7c741383dc3a/callback`,
    });
    item.relationships['oauth-tokens'].data = client.tokenIds.map((id) => ({ id, type: 'oauth-tokens' }));
    return item;
  };
  self = await startServer((req: http.IncomingMessage, res: http.ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    const jsonApi = { 'content-type': 'application/vnd.api+json; charset=utf-8' };
    if (req.headers.authorization !== `Bearer ${options.token}`) {
      sendJson(res, 401, fixture('tfe-401.json'), jsonApi);
      return;
    }
    const list = /^\/api\/v2\/organizations\/([^/]+)\/oauth-clients$/.exec(url.pathname);
    if (list) {
      if (decodeURIComponent(list[1]) !== options.organization) {
        sendJson(res, 404, fixture('tfe-404.json'), jsonApi);
        return;
      }
      const size = options.pageSize ?? 20;
      const page = Number(url.searchParams.get('page[number]') ?? '1');
      const all = options.clients.map(resource);
      const totalPages = Math.max(1, Math.ceil(all.length / size));
      sendJson(
        res,
        200,
        {
          data: all.slice((page - 1) * size, page * size),
          links: {},
          meta: { pagination: { 'current-page': page, 'next-page': page < totalPages ? page + 1 : null, 'prev-page': page > 1 ? page - 1 : null, 'total-pages': totalPages, 'total-count': all.length } },
        },
        jsonApi,
      );
      return;
    }
    const one = /^\/api\/v2\/oauth-clients\/([^/]+)$/.exec(url.pathname);
    if (one) {
      const client = options.clients.find((c) => c.id === decodeURIComponent(one[1]));
      if (!client) {
        sendJson(res, 404, fixture('tfe-404.json'), jsonApi);
      } else {
        sendJson(res, 200, { data: resource(client) }, jsonApi);
      }
      return;
    }
    sendJson(res, 404, fixture('tfe-404.json'), jsonApi);
  });
  return self;
}
