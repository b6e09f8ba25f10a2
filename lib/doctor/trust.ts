/*
 * The doctor's trust model: when an answer counts as proof.
 *
 * A check passes only on an answer that
 *   1. came from the configured origin (scheme, host and port of --bitbucket-url / the TFE address): a redirect to
 *      another origin is reported and its answer is never taken as the service's, with or without credentials;
 *   2. was given to the configured account: Bitbucket Data Center names the authenticated user in X-AUSERNAME,
 *      Cloud returns the account from /2.0/user; when the service account is configured (--service-account or the
 *      onboarding file), it must be that account;
 *   3. has a body that parses completely (not cut at the size cap) and has the shape the API documents, checked
 *      against a JSON Schema below rather than by probing a field or two.
 * Anything else is a failure that says what was seen: no answer, another origin, an HTML page, a body that is not
 * JSON or not of the expected shape, rate limiting, a failing server. A status the doctor does not know never
 * passes. Checking zero repositories is a failure too: a gate that checked nothing must not be green.
 *
 * Credentials go to the configured origin only and never over plain HTTP to a host off this machine unless
 * --allow-insecure-http is given (see http.ts).
 */
import type { default as AjvClass, ErrorObject, ValidateFunction } from 'ajv';
import { WORKSPACE_ID } from '../domain/tfe';
import { HttpOutcome, HttpResponse, isHtml, MAX_BODY_BYTES } from './http';

const jsonApiResource = (type: string) => ({
  type: 'object',
  required: ['id', 'type', 'attributes'],
  properties: {
    id: { type: 'string', minLength: 1 },
    type: { const: type },
    attributes: { type: 'object' },
    relationships: { type: 'object' },
  },
});

const oauthClient = {
  ...jsonApiResource('oauth-clients'),
  properties: {
    ...jsonApiResource('oauth-clients').properties,
    attributes: {
      type: 'object',
      required: ['service-provider'],
      properties: {
        'name': { type: ['string', 'null'] },
        'service-provider': { type: 'string' },
        'http-url': { type: ['string', 'null'] },
        'api-url': { type: ['string', 'null'] },
        'callback-url': { type: ['string', 'null'] },
        'key': { type: ['string', 'null'] },
        'rsa-public-key': { type: ['string', 'null'] },
      },
    },
    relationships: {
      type: 'object',
      required: ['oauth-tokens'],
      properties: {
        'oauth-tokens': {
          type: 'object',
          required: ['data'],
          properties: { data: { type: 'array', items: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } } } },
        },
      },
    },
  },
  required: ['id', 'type', 'attributes', 'relationships'],
};

const nullableString = { type: ['string', 'null'] };
const stringList = { type: 'array', items: { type: 'string' } };
/** A to-one relationship: `{ "data": { "id": ..., "type": ... } }` or `{ "data": null }`. */
const toOne = {
  type: 'object',
  properties: { data: { anyOf: [{ type: 'null' }, { type: 'object', required: ['id'], properties: { id: { type: 'string', minLength: 1 } } }] } },
};

/**
 * A TFE workspace (JSON:API `workspaces`), with the attributes `bitbucket-tfe discover` and the doctor read.
 * `vcs-repo` is required: TFE always sends it (null when the workspace is not linked), so an answer without it
 * is not TFE's, and a linked workspace must never be taken for an unlinked one.
 */
const workspace = {
  ...jsonApiResource('workspaces'),
  properties: {
    ...jsonApiResource('workspaces').properties,
    id: { type: 'string', pattern: WORKSPACE_ID.source },
    attributes: {
      type: 'object',
      required: ['name', 'vcs-repo'],
      properties: {
        'name': { type: 'string', minLength: 1 },
        'description': nullableString,
        'auto-apply': { type: 'boolean' },
        'queue-all-runs': { type: 'boolean' },
        'working-directory': nullableString,
        'trigger-patterns': stringList,
        'trigger-prefixes': stringList,
        'tag-names': stringList,
        'allow-destroy-plan': { type: 'boolean' },
        'auto-apply-run-trigger': { type: 'boolean' },
        'file-triggers-enabled': { type: 'boolean' },
        'speculative-enabled': { type: 'boolean' },
        'structured-run-output-enabled': { type: 'boolean' },
        'vcs-repo': {
          anyOf: [
            { type: 'null' },
            {
              type: 'object',
              required: ['identifier'],
              properties: {
                'identifier': { type: 'string', minLength: 1 },
                'branch': nullableString,
                'oauth-token-id': nullableString,
                'github-app-installation-id': nullableString,
                'ingress-submodules': { type: 'boolean' },
                'tags-regex': nullableString,
              },
            },
          ],
        },
      },
    },
    relationships: {
      type: 'object',
      properties: { 'organization': toOne, 'project': toOne, 'ssh-key': toOne },
    },
  },
};

/** The answers a check may pass on, by name./** The answers a check may pass on, by name. Shapes from the Bitbucket Data Center 9.2 and Cloud 2.0 OpenAPI specs and TFE's JSON:API. */
export const SCHEMAS = {
  /** Data Center paged list (`GET /rest/api/1.0/projects`, `.../webhooks`). */
  'dc-page': {
    type: 'object',
    required: ['values', 'isLastPage'],
    properties: { values: { type: 'array' }, isLastPage: { type: 'boolean' }, size: { type: 'number' }, start: { type: 'number' } },
  },
  /** `GET /rest/applinks/latest/applicationlink`, in the list forms the applinks resources use. */
  'dc-applinks': {
    anyOf: [
      { type: 'object', required: ['applicationLinks'], properties: { applicationLinks: { type: 'array', items: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } } } } },
      { type: 'object', required: ['list'], properties: { list: { type: 'array', items: { type: 'object' } } } },
      { type: 'array', items: { type: 'object' } },
    ],
  },
  /** `GET /rest/applinks-oauth/1.0/applicationlink/{id}/authentication/consumer`. */
  /** Data Center applinks-oauth `GET .../authentication/consumer`: the link's incoming consumers. */
  'dc-consumer': {
    type: 'object',
    required: ['consumers'],
    properties: {
      consumers: { type: 'array', items: { type: 'object', required: ['key'], properties: { key: { type: 'string' }, publicKey: { type: 'string' } } } },
    },
  },
  /** Cloud `GET /2.0/user`: an account. */
  'cloud-account': {
    type: 'object',
    required: ['type', 'uuid'],
    properties: { type: { type: 'string' }, uuid: { type: 'string', minLength: 1 }, nickname: { type: 'string' }, display_name: { type: 'string' } },
  },
  /** Cloud paginated list (`.../hooks`). */
  'cloud-page': {
    type: 'object',
    required: ['values'],
    properties: { values: { type: 'array' }, pagelen: { type: 'integer' }, next: { type: 'string' } },
  },
  /** Cloud `GET /2.0/user/workspaces/{workspace}/permission`: the caller's workspace membership. */
  'cloud-workspace-permission': {
    type: 'object',
    required: ['permission'],
    properties: { type: { type: 'string' }, permission: { type: 'string', minLength: 1 } },
  },
  /** TFE `GET /api/v2/oauth-clients/{id}`. */
  'tfe-oauth-client': { type: 'object', required: ['data'], properties: { data: oauthClient } },
  /** TFE `GET /api/v2/organizations/{org}/oauth-clients`. */
  'tfe-oauth-client-list': {
    type: 'object',
    required: ['data', 'meta'],
    properties: {
      data: { type: 'array', items: oauthClient },
      meta: {
        type: 'object',
        required: ['pagination'],
        properties: { pagination: { type: 'object', required: ['next-page'], properties: { 'next-page': { type: ['integer', 'null'] } } } },
      },
    },
  },
  /** TFE `GET /api/v2/workspaces/{id}` and `GET /api/v2/organizations/{org}/workspaces/{name}`. */
  'tfe-workspace': { type: 'object', required: ['data'], properties: { data: workspace } },
  /** TFE `GET /api/v2/organizations/{org}/workspaces`, one page; the pagination tells whether the list is whole. */
  'tfe-workspace-list': {
    type: 'object',
    required: ['data', 'meta'],
    properties: {
      data: { type: 'array', items: workspace },
      meta: {
        type: 'object',
        required: ['pagination'],
        properties: {
          pagination: {
            type: 'object',
            required: ['current-page', 'next-page', 'total-pages', 'total-count'],
            properties: {
              'current-page': { type: 'integer', minimum: 1 },
              'next-page': { type: ['integer', 'null'] },
              'total-pages': { type: 'integer', minimum: 0 },
              'total-count': { type: 'integer', minimum: 0 },
            },
          },
        },
      },
    },
  },
  /** TFE `GET /api/v2/oauth-tokens/{id}`: who authorized the token (`service-provider-user`). */
  'tfe-oauth-token': {
    type: 'object',
    required: ['data'],
    properties: {
      data: {
        ...jsonApiResource('oauth-tokens'),
        properties: {
          ...jsonApiResource('oauth-tokens').properties,
          attributes: { type: 'object', properties: { 'service-provider-user': nullableString, 'has-ssh-key': { type: 'boolean' } } },
        },
      },
    },
  },
} as const;

export type SchemaName = keyof typeof SCHEMAS;

const validators = new Map<SchemaName, ValidateFunction>();
let ajv: AjvClass | undefined;

function validator(name: SchemaName): ValidateFunction {
  let validate = validators.get(name);
  if (!validate) {
    // Loaded on first use, like the onboarding file's validator: `explain` and the library never pay for it.
    const Ajv = (require('ajv') as { default: typeof AjvClass }).default;
    ajv ??= new Ajv({ allErrors: false, strict: false });
    validate = ajv.compile(SCHEMAS[name]);
    validators.set(name, validate);
  }
  return validate;
}

/** Why a value does not have a schema's shape, in a few words: `/data/0/attributes must have required property 'service-provider'`. */
export function shapeProblem(name: SchemaName, value: unknown): string | undefined {
  const validate = validator(name);
  if (validate(value)) {
    return undefined;
  }
  const first: ErrorObject | undefined = validate.errors?.[0];
  return first ? `${first.instancePath || 'the body'} ${first.message ?? 'is not valid'}` : 'the body is not valid';
}

/** What an HTTP outcome amounts to, before a check looks at its meaning. */
export type Answer<T> =
  /** A 2xx answer from the configured origin whose whole body is JSON of the expected shape. */
  | { readonly kind: 'valid'; readonly response: HttpResponse; readonly body: T }
  /** Another status from the configured origin, in a body that is not a web page: the check tells what it means. */
  | { readonly kind: 'status'; readonly response: HttpResponse }
  /** Nothing the check may rely on: no answer, another origin, a web page, an unreadable body, rate limiting, a failing server. */
  | { readonly kind: 'untrusted'; readonly message: string; readonly fix: string; readonly response?: HttpResponse };

/**
 * Sorts an outcome by the trust model above. `service` names the answering service in messages ("Bitbucket",
 * "TFE"); `what` names the expected answer ("a page of webhooks").
 */
export function judge<T = unknown>(outcome: HttpOutcome, schema: SchemaName, service: string, what: string): Answer<T> {
  if (!outcome.ok) {
    return { kind: 'untrusted', message: outcome.error.message, fix: outcome.error.fix };
  }
  const response = outcome.response;
  if (isHtml(response)) {
    return { kind: 'untrusted', response, ...htmlPageFinding(response, service) };
  }
  if (response.leftOrigin) {
    return { kind: 'untrusted', response, ...redirectFinding(response, service) };
  }
  if (response.status === 429 || response.retryAfterMs !== undefined) {
    return { kind: 'untrusted', response, ...rateLimitFinding(response, service) };
  }
  if (response.status >= 500) {
    return {
      kind: 'untrusted',
      response,
      message: `${service} is failing: it answered HTTP ${response.status}${attemptsNote(response)} (${serverMessage(response)})`,
      fix: `Check the health and logs of ${service} (or of a proxy in front of it), then run again. This says nothing about the credentials or permissions.`,
    };
  }
  if (response.status < 200 || response.status > 299) {
    return { kind: 'status', response };
  }
  if (response.truncated) {
    return {
      kind: 'untrusted',
      response,
      message: `${service} answered with a body larger than ${MAX_BODY_BYTES / 1024 / 1024} MB where ${what} was expected; it was not read to the end and is not taken as proof`,
      fix: 'Check that the URL reaches the service itself, not a proxy or another application.',
    };
  }
  let body: unknown;
  try {
    body = JSON.parse(response.body);
  } catch {
    return {
      kind: 'untrusted',
      response,
      message: `${service} answered HTTP ${response.status} with a body that is not JSON where ${what} was expected: ${excerpt(response) || 'empty body'}`,
      fix: 'Check that the URL reaches the service itself (not a proxy, a mock or another application) and run again.',
    };
  }
  const problem = shapeProblem(schema, body);
  if (problem) {
    return {
      kind: 'untrusted',
      response,
      message: `${service} answered HTTP ${response.status}, but the body is not ${what} (${problem}): ${excerpt(response)}`,
      fix: 'Check that the URL reaches the service itself (not a proxy, a mock or another application) and that it is a supported version.',
    };
  }
  return { kind: 'valid', response, body: body as T };
}

function attemptsNote(response: HttpResponse): string {
  return response.attempts > 1 ? ` after ${response.attempts} attempts` : '';
}

function rateLimitFinding(response: HttpResponse, service: string): { message: string; fix: string } {
  const asked = response.retryAfterMs !== undefined ? `, asking to wait ${Math.ceil(response.retryAfterMs / 1000)} s (Retry-After), longer than the doctor waits` : '';
  return {
    message: `${service} is rate limiting these requests: HTTP ${response.status}${attemptsNote(response)}${asked}`,
    fix: `Wait and run again with a lower --concurrency, or check fewer repositories per run. This says nothing about the credentials or permissions.`,
  };
}

function redirectFinding(response: HttpResponse, service: string): { message: string; fix: string } {
  const last = response.redirects[response.redirects.length - 1] ?? response.url;
  return {
    message:
      `${service} redirected the request to another origin, ${originOf(last)}, which answered HTTP ${response.status}: the credentials were not sent there, ` +
      `and its answer is not taken as ${service}'s`,
    fix: `Give the doctor the address ${service} itself serves its API on (scheme, host and port as in its base URL setting), or let the API through the proxy or gateway that redirects.`,
  };
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}

/**
 * The finding for an HTML page where JSON was expected. After a redirect to another host this is almost
 * always a single sign-on gateway or an authenticating proxy in front of the API.
 */
export function htmlPageFinding(response: HttpResponse, service: string): { message: string; fix: string } {
  const last = response.redirects[response.redirects.length - 1];
  const where = last ? `was redirected to ${last}, which answered` : `answered`;
  const withheld = response.leftOrigin ? ' (the credentials were not sent to that other host)' : '';
  return {
    message: `${service} ${where} with an HTML page (HTTP ${response.status}) instead of JSON${withheld}: a login page, proxy or single sign-on gateway is in the way of the REST API`,
    fix:
      `Let the service account reach the REST API directly: exempt the API paths from SSO or the proxy, or run from a network where no proxy intercepts. ` +
      `Check that the URL is the service's own address (for Data Center, the base URL including any context path, as in Administration > Server settings).`,
  };
}

const MAX_EXCERPT = 160;

/** A short one-line excerpt of a body, redacted before it is cut so that no secret's first characters survive. */
export function excerpt(response: HttpResponse, max = MAX_EXCERPT): string {
  return cut(response.redact(response.body), max);
}

/** One line, at most `max` characters. Redact before calling it. */
export function cut(text: string, max = MAX_EXCERPT): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max)}…` : line;
}

/** The body parsed as JSON, or undefined. For error bodies only: a pass always goes through `judge`. */
function parsed(response: HttpResponse): unknown {
  try {
    return JSON.parse(response.body);
  } catch {
    return undefined;
  }
}

/** Errors in Bitbucket Data Center's body shape: `{"errors":[{"context","message","exceptionName"}]}`. */
export interface DataCenterError {
  readonly message?: string;
  readonly exceptionName?: string;
}

export function dataCenterErrors(response: HttpResponse): DataCenterError[] {
  const body = parsed(response) as { errors?: unknown } | undefined;
  if (!body || typeof body !== 'object' || !Array.isArray(body.errors)) {
    return [];
  }
  return body.errors
    .filter((e): e is Record<string, unknown> => typeof e === 'object' && e !== null)
    .map((e) => ({
      message: typeof e.message === 'string' ? e.message : undefined,
      exceptionName: typeof e.exceptionName === 'string' ? e.exceptionName : undefined,
    }));
}

export function dataCenterException(response: HttpResponse, pattern: RegExp): DataCenterError | undefined {
  return dataCenterErrors(response).find((e) => e.exceptionName !== undefined && pattern.test(e.exceptionName));
}

/** True when the body is Bitbucket Data Center's own error shape with an exception name: the answer is Bitbucket's. */
export function isDataCenterError(response: HttpResponse): boolean {
  return dataCenterErrors(response).some((e) => e.exceptionName !== undefined || e.message !== undefined);
}

/** The message of Bitbucket Cloud's error body `{"type":"error","error":{"message": ...}}`. */
export function cloudErrorMessage(response: HttpResponse): string | undefined {
  const body = parsed(response) as { type?: unknown; error?: { message?: unknown; detail?: unknown } } | undefined;
  const message = body?.error?.message;
  if (typeof message !== 'string') {
    return undefined;
  }
  const detail = body?.error?.detail;
  return cut(response.redact(typeof detail === 'string' && detail ? `${message} (${detail})` : message), 300);
}

/** The error message a server put in its body, in any of the shapes Bitbucket and TFE use; redacted, then cut. */
export function serverMessage(response: HttpResponse): string {
  const dc = dataCenterErrors(response).find((e) => e.message);
  if (dc?.message) {
    return cut(response.redact(dc.exceptionName ? `${dc.message} (${dc.exceptionName})` : dc.message), 300);
  }
  const cloud = cloudErrorMessage(response);
  if (cloud) {
    return cloud;
  }
  const body = parsed(response) as { errors?: Array<{ title?: unknown; detail?: unknown }> } | undefined;
  const jsonApi = body && Array.isArray(body.errors) ? body.errors[0] : undefined;
  if (jsonApi && (typeof jsonApi.detail === 'string' || typeof jsonApi.title === 'string')) {
    return cut(response.redact(String(jsonApi.detail ?? jsonApi.title)), 300);
  }
  return excerpt(response) || 'empty body';
}
