import * as crypto from 'node:crypto';
import { applicationLinkId } from '../../../lib/domain/bitbucket-data-center';
import { sendHttp } from '../providers/http-client';
import { FakeBitbucketDc } from './bitbucket-dc';
import { FakeTfe } from './tfe';

/*
 * What a person does in Bitbucket's and TFE's UIs to link them without this library: each step is the API call
 * the UI makes, against the stateful fakes, so TFE links workspaces (and creates webhooks) the way it does for a
 * person. A brownfield organization is built from these.
 */

export interface Person {
  readonly name: string;
  readonly password: string;
}

const basic = (user: Person) => `Basic ${Buffer.from(`${user.name}:${user.password}`).toString('base64')}`;

async function call(method: string, url: string, headers: Record<string, string>, body?: unknown): Promise<{ status: number; body: any; text: string }> {
  const res = await sendHttp({
    method,
    url,
    headers: [...Object.entries(headers), ...(body !== undefined ? [['Content-Type', headers.Accept ?? 'application/json'] as const] : [])],
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  let parsed: any = res.body;
  try {
    parsed = res.body ? JSON.parse(res.body) : undefined;
  } catch {
    // Not JSON: the text stays.
  }
  return { status: res.status, body: parsed, text: res.body };
}

export interface HandMadeConnection {
  readonly clientId: string;
  readonly tokenId: string;
  readonly consumerKey: string;
}

/**
 * An administrator creates the application link and its incoming consumer in Bitbucket, an organization owner
 * adds the Bitbucket Data Center VCS provider in TFE with the same key pair, and the service account clicks
 * "Allow" when the organization is connected.
 */
export async function connectByHand(bitbucket: FakeBitbucketDc, tfe: FakeTfe, options: {
  readonly tfeToken: string;
  readonly admin: Person;
  readonly serviceAccount: string;
  readonly clientName: string;
  readonly consumerKey: string;
  /** The application link's URL; another one per extra connection to the same TFE. */
  readonly applicationUrl: string;
}): Promise<HandMadeConnection> {
  const { privateKey, publicKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  const privatePem = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
  const publicPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const asAdmin = { Authorization: basic(options.admin), Accept: 'application/json' };
  const link = await call('PUT', `${bitbucket.url}/rest/applinks/3.0/applicationlink`, asAdmin,
    { name: 'Terraform Enterprise', rpcUrl: options.applicationUrl, displayUrl: options.applicationUrl, typeId: 'generic' });
  if (link.status !== 201) throw new Error(`creating the application link answered ${link.status}: ${link.text}`);
  const linkId = applicationLinkId(options.applicationUrl);
  const consumer = await call('PUT', `${bitbucket.url}/rest/applinks-oauth/1.0/applicationlink/${linkId}/authentication/consumer`, asAdmin,
    { key: options.consumerKey, name: 'Terraform Enterprise', publicKey: publicPem, outgoing: false, twoLOAllowed: false });
  if (consumer.status !== 201) throw new Error(`creating the consumer answered ${consumer.status}: ${consumer.text}`);
  const client = await call('POST', `${tfe.url}/api/v2/organizations/${tfe.organization}/oauth-clients`,
    { Authorization: `Bearer ${options.tfeToken}`, Accept: 'application/vnd.api+json' },
    {
      data: {
        type: 'oauth-clients',
        attributes: {
          'service-provider': 'bitbucket_data_center',
          'name': options.clientName,
          'http-url': bitbucket.url,
          'api-url': bitbucket.apiUrl,
          'key': options.consumerKey,
          'secret': privatePem,
          'rsa-public-key': publicPem,
        },
      },
    });
  if (client.status !== 201) throw new Error(`creating the OAuth client answered ${client.status}: ${client.text}`);
  const token = tfe.authorize(client.body.data.id, options.serviceAccount);
  return { clientId: client.body.data.id, tokenId: token.id, consumerKey: options.consumerKey };
}

/** What a person sets when creating a workspace in TFE's UI. */
export interface HandMadeWorkspace {
  readonly name: string;
  /** `PROJECT/slug`; without it the workspace is not linked to a repository. */
  readonly identifier?: string;
  readonly tokenId?: string;
  readonly branch?: string;
  readonly workingDirectory?: string;
  readonly triggerPatterns?: string[];
  readonly tags?: string[];
  readonly autoApply?: boolean;
  readonly description?: string;
  readonly projectId?: string;
  readonly fileTriggersEnabled?: boolean;
}

/** Creates a workspace through TFE's API as the UI does; TFE links the repository and creates its webhook. Returns its id. */
export async function workspaceByHand(tfe: FakeTfe, tfeToken: string, ws: HandMadeWorkspace): Promise<string> {
  const attributes: Record<string, unknown> = {
    'name': ws.name,
    ...(ws.description !== undefined ? { description: ws.description } : {}),
    ...(ws.autoApply !== undefined ? { 'auto-apply': ws.autoApply } : {}),
    ...(ws.workingDirectory !== undefined ? { 'working-directory': ws.workingDirectory } : {}),
    ...(ws.triggerPatterns !== undefined ? { 'trigger-patterns': ws.triggerPatterns } : {}),
    ...(ws.tags !== undefined ? { 'tag-names': ws.tags } : {}),
    ...(ws.fileTriggersEnabled !== undefined ? { 'file-triggers-enabled': ws.fileTriggersEnabled } : {}),
    ...(ws.identifier !== undefined
      ? { 'vcs-repo': { 'identifier': ws.identifier, 'oauth-token-id': ws.tokenId, 'branch': ws.branch ?? '' } }
      : {}),
  };
  const answer = await call('POST', `${tfe.url}/api/v2/organizations/${tfe.organization}/workspaces`,
    { Authorization: `Bearer ${tfeToken}`, Accept: 'application/vnd.api+json' },
    {
      data: {
        type: 'workspaces',
        attributes,
        ...(ws.projectId ? { relationships: { project: { data: { type: 'projects', id: ws.projectId } } } } : {}),
      },
    });
  if (answer.status !== 201) throw new Error(`creating workspace ${ws.name} answered ${answer.status}: ${answer.text}`);
  return answer.body.data.id;
}
