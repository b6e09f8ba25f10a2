import { IResolvable, TerraformDataSource, TerraformLocal, TerraformResource, Token } from 'cdktf';
import { Construct } from 'constructs';
import { brand, isBranded } from '../common/brand';
import { DataRestfulResource } from '../providers/restful/data-restful-resource';
import { BitbucketTfeInputError, propPaths } from '../domain/errors';
import { checkSecretToken } from '../common/secrets';
import { checkOAuthClientId, checkOAuthClientName, checkOAuthClientReference, checkOrganizationName } from '../common/validators';
import { isLiteral } from '../common/tokens';
import { checkServiceProvider } from '../domain/tfe';
import { TerraformData } from '../common/terraform-data';
import { tfeApiProvider } from './tfe-api';

export interface OAuthClientLookupProps {
  /** TFE organization of the client. */
  readonly organization: string;
  /** TFE host name (`tfe.example.com`). */
  readonly tfeHostname: string;
  /** TFE API token, as a token (sensitive variable): the client is read through TFE's API with it. */
  readonly tfeToken: string;
  /**
   * The client's id (`oc-...`): one made by a connection, or one made earlier in the TFE UI.
   * @default - looked up by `name` and `serviceProvider`
   */
  readonly oauthClientId?: string;
  /**
   * The client's name in TFE (Settings > Version control > Providers), for adopting a client by name.
   * @default - looked up by `oauthClientId`
   */
  readonly oauthClientName?: string;
  /**
   * The client's service provider, required with `name` (`bitbucket_data_center` or `bitbucket_hosted`).
   * @default - none
   */
  readonly serviceProvider?: string;
  /**
   * With `name`: only clients with this OAuth consumer key count, so a connection finds its own client even when
   * a client of the same name was made in the UI.
   * @default - any client with the name
   */
  readonly consumerKey?: string;
  /**
   * The client may not exist yet, nor be authorized: a connection reads its own client this way, before the
   * apply that creates it and before a person authorizes it. Only duplicates and extra tokens stop the plan.
   * @default false - the plan stops until the client exists and holds its token (workspaces need it)
   */
  readonly optional?: boolean;
  /**
   * What a person must do while the client has no OAuth token; the guard's plan-time message.
   * @default - a generic description of the TFE and Bitbucket steps
   */
  readonly authorizationInstructions?: string;
  /**
   * The prop path errors name, when this construct is built by another one from that one's props.
   * @default 'OAuthClientLookup'
   * @internal
   */
  readonly _propPrefix?: string;
  /**
   * The paths errors name for props a parent construct passes under other names (an onboarding file's keys).
   * @default - `<prefix>.<prop>`
   * @internal
   */
  readonly _propNames?: { readonly [prop: string]: string };
}

/**
 * Reads an OAuth client back through TFE's API, for what only exists after it was created and authorized: the
 * OAuth token id workspaces need, and Cloud's callback URL. Also how a client made in the UI is adopted, by id
 * or by name.
 *
 * The tfe provider's own lookup fails hard, without naming the clients, when two clients share a name (one made
 * in the UI, one by a connection) or when a client holds more than one token. This one reads the client (or the
 * organization's list) with a `restful` data source and puts the verdict on `guard`, a `terraform_data` whose
 * preconditions stop the plan with a message that names the clients and the fix. Make what needs the token
 * depend on `guard`.
 */
export class OAuthClientLookup extends Construct {
  /** Whether `x` is a OAuthClientLookup, also when it comes from another copy of the library. */
  public static isOAuthClientLookup(x: any): x is OAuthClientLookup {
    return isBranded(x, 'OAuthClientLookup');
  }

  public readonly dataSource: TerraformDataSource;
  /** `ot-...`, empty until a person authorized the connection once. */
  public readonly oauthTokenId: string;
  /** `https://<tfe-host>/auth/<uuid>/callback` (Cloud consumers need it); empty when the client is not found. */
  public readonly callbackUrl: string;
  /** The client id, read back. */
  public readonly oauthClientId: string;
  /** A Terraform condition, true once the client has exactly one OAuth token. */
  public readonly hasOAuthToken: IResolvable;
  /** Carries the preconditions: the client exists (once), and holds exactly one token. */
  public readonly guard: TerraformResource;

  constructor(scope: Construct, id: string, props: OAuthClientLookupProps) {
    super(scope, id);
    brand(this, 'OAuthClientLookup');
    const prefix = props._propPrefix ?? 'OAuthClientLookup';
    const path = propPaths(prefix, props._propNames);
    checkOrganizationName(path('organization'), props.organization);
    checkSecretToken(path('tfeToken'), props.tfeToken, 'tfe_token');
    if (props.tfeToken === undefined) {
      throw new BitbucketTfeInputError(path('tfeToken'), undefined, 'is required to read the OAuth client through TFE\'s API',
        'pass new TerraformVariable(this, "tfe_token", { type: "string", sensitive: true }).stringValue');
    }
    const byId = props.oauthClientId !== undefined;
    const byName = props.oauthClientName !== undefined;
    checkOAuthClientReference(path('oauthClientId'), path('oauthClientName'), props.oauthClientId, props.oauthClientName);
    if (byId) checkOAuthClientId(path('oauthClientId'), props.oauthClientId!);
    if (byName) {
      checkOAuthClientName(path('oauthClientName'), props.oauthClientName!);
      if (props.serviceProvider === undefined) {
        throw new BitbucketTfeInputError(path('serviceProvider'), undefined, 'is required to find a client by name',
          'pass BitbucketServiceProvider.DATA_CENTER or BitbucketServiceProvider.CLOUD');
      }
      checkServiceProvider(path('serviceProvider'), props.serviceProvider);
    }

    const api = tfeApiProvider(this, props.tfeHostname, props.tfeToken);
    this.dataSource = new DataRestfulResource(this, 'client', {
      provider: api,
      id: byId ? `/oauth-clients/${props.oauthClientId}` : `/organizations/${props.organization}/oauth-clients`,
      query: byId ? undefined : { 'page[size]': ['100'] },
      // A client deleted in TFE answers 404: the guard says so, instead of a bare API error.
      allowNotExist: true,
    });
    const output = `${this.dataSource.fqn}.output`;
    const wanted = byId
      ? `try([${output}.data], [])`
      : `[for c in try(${output}.data, []) : c if c.attributes.name == ${hclString(props.oauthClientName!)} && c.attributes["service-provider"] == ${hclString(props.serviceProvider!)}${props.consumerKey === undefined ? '' : ` && c.attributes.key == ${hclString(props.consumerKey)}`}]`;
    const clients = local(this, 'clients', wanted);
    const client = local(this, 'selected-client', `try(${clients}[0], null)`);
    const tokens = local(this, 'tokens', `try(${client}.relationships["oauth-tokens"].data, [])`);
    this.oauthTokenId = `\${try(${tokens}[0].id, "")}`;
    this.callbackUrl = `\${try(${client}.attributes["callback-url"], "")}`;
    this.oauthClientId = `\${try(${client}.id, "")}`;
    this.hasOAuthToken = condition(`length(${tokens}) == 1`);

    const described = byId ? `OAuth client ${props.oauthClientId}` : `OAuth client named "${props.oauthClientName}" (${props.serviceProvider})`;
    const authorize = props.authorizationInstructions ?? [
      'In TFE open Settings > Version control > Providers, click "Connect organization" on the Bitbucket client,',
      'and allow access in Bitbucket while logged in as the service account (not as an administrator).',
    ].join(' ');
    this.guard = new TerraformData(this, 'guard', {
      input: { client: this.oauthClientId },
      lifecycle: {
        precondition: [
          {
            condition: condition(`length(${clients}) ${props.optional ? '<=' : '=='} 1`),
            errorMessage: byId
              ? `The ${described} does not exist in TFE organization "${props.organization}" (deleted, or another organization's). Pass the id of an existing client, or deploy the connection that creates it first.`
              : `\${length(${clients}) == 0 ? "No ${escapeHcl(described)} exists in TFE organization ${escapeHcl(props.organization)}: create it (deploy the connection) or fix the name." : "${'$'}{length(${clients})} OAuth clients are named ${escapeHcl(`"${props.oauthClientName}"`)} in TFE organization ${escapeHcl(props.organization)}: ${'$'}{join(", ", [for c in ${clients} : c.id])}. Pass the one to use as oauthClientId, or rename or delete the others in TFE (Settings > Version control > Providers)."}`,
          },
          {
            condition: condition(`length(${tokens}) <= 1`),
            errorMessage: `The ${templateText(described)} holds ${'$'}{length(${tokens})} OAuth tokens (${'$'}{join(", ", [for t in ${tokens} : t.id])}), and workspaces can only be linked through one. Remove the extra connections in TFE (Settings > Version control > Providers > the client > OAuth tokens), keeping the one authorized as the service account.`,
          },
          ...(!props.optional ? [{
            condition: condition(`length(${tokens}) > 0`),
            errorMessage: `The ${templateText(described)} has no OAuth token yet, so no repository can be linked. ${templateText(authorize)} Then run cdktf deploy again.`,
          }] : []),
        ],
      },
    });
  }
}

/** A Terraform expression as a condition. */
function condition(expression: string): IResolvable {
  return Token.asAny(`\${${expression}}`);
}

/** A local value's reference, `local.<name>`. */
function local(scope: Construct, id: string, expression: string): string {
  const value = new TerraformLocal(scope, id, `\${${expression}}`);
  return `local.${value.friendlyUniqueId}`;
}

/** A literal as an HCL string expression. */
function hclString(value: string): string {
  return isLiteral(value) ? JSON.stringify(value).replace(/\$\{/g, '$${') : value;
}

/** Text of a template outside any `${...}`: only template sequences need disarming. */
function templateText(text: string): string {
  return text.replace(/\$\{/g, '$${').replace(/%\{/g, '%%{');
}

/** Text inside an HCL string literal within `${...}`: template sequences disarmed and quotes escaped. */
function escapeHcl(text: string): string {
  return text.replace(/\$\{/g, '$${').replace(/%\{/g, '%%{').replace(/"/g, '\\"');
}
