import { Workspace } from '@cdktf/provider-tfe/lib/workspace';
import { TerraformProvider } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { brand, isBranded } from '../common/brand';
import { BitbucketTfeInputError, propPaths } from '../domain/errors';
import { checkSecretToken } from '../common/secrets';
import {
  checkDataCenterUserName, checkOAuthClientId, checkOAuthClientName, checkOAuthClientReference, checkOrganizationName, parseBitbucketUrl, parseHostname,
} from '../common/validators';
import { HCP_TERRAFORM_HOSTNAME } from '../domain/tfe';
import { RepositoryWorkspaceOptions } from '../onboarding/repository-onboarding';
import { checkCredentials, DataCenterCredentials } from './credentials';
// Onboarding is offered by the connection (addRepository); the module is only used at run time.
import { DataCenterOnboarding } from './onboarding';

/** A Bitbucket Data Center connection to TFE: one made by `DataCenterConnection`, or one made elsewhere and described by its attributes. */
export interface IDataCenterConnection extends IConstruct {
  /** Bitbucket's base URL with its context path (TFE's `http_url`). */
  readonly bitbucketHttpUrl: string;
  /** TFE host name. */
  readonly tfeHostname: string;
  /** TFE organization of the OAuth client and the workspaces. */
  readonly organization: string;
  /** The service account's login name: the Bitbucket user TFE acts as. */
  readonly serviceAccountName: string;
  /** Onboards a repository through this connection and returns its workspace (undefined for an off-boarded entry). */
  addRepository(options: RepositoryWorkspaceOptions): Workspace | undefined;
}

/** A connection made elsewhere (another stack, another tool, the TFE UI): what onboarding through it needs. */
export interface DataCenterConnectionAttributes {
  /** Bitbucket Data Center base URL with its context path, e.g. `https://bitbucket.example.com/bitbucket`. */
  readonly bitbucketUrl: string;
  /**
   * Accept an http:// Bitbucket URL (test instances only).
   * @default false
   */
  readonly allowInsecureHttp?: boolean;
  /**
   * TFE host name.
   * @default 'app.terraform.io'
   */
  readonly tfeHostname?: string;
  /** TFE organization of the OAuth client and the workspaces. */
  readonly organization: string;
  /** The service account's login name. */
  readonly serviceAccountName: string;
  /**
   * The OAuth client's id (`oc-...`), e.g. a `DataCenterConnection`'s `oauthClient.oauthClientId` in another stack.
   * @default - found by oauthClientName
   */
  readonly oauthClientId?: string;
  /**
   * The OAuth client's name in TFE (a Data Center client), when it is adopted by name.
   * @default - by oauthClientId
   */
  readonly oauthClientName?: string;
  /** Bitbucket administrator credentials: onboarding grants REPO_ADMIN with them. */
  readonly adminCredentials: DataCenterCredentials;
  /** TFE API token, as a token (sensitive variable): the OAuth client is read through TFE's API with it. */
  readonly tfeToken: string;
  /**
   * A tfe provider you configured.
   * @default - one is created for tfeHostname with tfeToken
   */
  readonly tfeProvider?: TerraformProvider;
  /**
   * The prop path errors name, when the attributes come from another construct's props.
   * @default 'DataCenterConnectionAttributes'
   * @internal
   */
  readonly _propPrefix?: string;
  /**
   * The paths errors name for attributes given under other names (an onboarding file's keys).
   * @default - `<prefix>.<attribute>`
   * @internal
   */
  readonly _propNames?: { readonly [prop: string]: string };
}

const NAME = 'DataCenterConnectionAttributes';

/** A connection described by its attributes: checked where they enter, and onboarding through it on first use. */
export class ImportedDataCenterConnection extends Construct implements IDataCenterConnection {
  /** Whether `x` is a connection described by attributes, also from another copy of the library. */
  public static isImportedDataCenterConnection(x: any): x is ImportedDataCenterConnection {
    return isBranded(x, 'ImportedDataCenterConnection');
  }

  public readonly bitbucketHttpUrl: string;
  public readonly tfeHostname: string;
  public readonly organization: string;
  public readonly serviceAccountName: string;
  /** The attributes as given, checked. */
  public readonly attributes: DataCenterConnectionAttributes;
  /** @internal how errors name the attributes. */
  public readonly _path: (prop: string) => string;
  private onboarding?: DataCenterOnboarding;

  constructor(scope: Construct, id: string, attributes: DataCenterConnectionAttributes) {
    super(scope, id);
    brand(this, 'ImportedDataCenterConnection');
    const path = propPaths(attributes._propPrefix ?? NAME, attributes._propNames);
    this._path = path;
    this.bitbucketHttpUrl = parseBitbucketUrl(path('bitbucketUrl'), attributes.bitbucketUrl, { allowHttp: attributes.allowInsecureHttp ?? false }).httpUrl;
    this.tfeHostname = parseHostname(path('tfeHostname'), attributes.tfeHostname ?? HCP_TERRAFORM_HOSTNAME);
    checkOrganizationName(path('organization'), attributes.organization);
    this.organization = attributes.organization;
    checkDataCenterUserName(path('serviceAccountName'), attributes.serviceAccountName);
    this.serviceAccountName = attributes.serviceAccountName;
    if (attributes.adminCredentials === undefined) {
      throw new BitbucketTfeInputError(path('adminCredentials'), undefined, 'is required: onboarding grants the service account REPO_ADMIN with them',
        'pass DataCenterCredentials.fromToken(username, token) with the token from a sensitive TerraformVariable');
    }
    checkCredentials(path('adminCredentials'), attributes.adminCredentials);
    if (attributes.tfeToken === undefined) {
      throw new BitbucketTfeInputError(path('tfeToken'), undefined, 'is required to read the OAuth client through TFE\'s API',
        'pass new TerraformVariable(this, "tfe_token", { type: "string", sensitive: true }).stringValue');
    }
    checkSecretToken(path('tfeToken'), attributes.tfeToken, 'tfe_token');
    checkOAuthClientReference(path('oauthClientId'), path('oauthClientName'), attributes.oauthClientId, attributes.oauthClientName);
    if (attributes.oauthClientId !== undefined) checkOAuthClientId(path('oauthClientId'), attributes.oauthClientId);
    if (attributes.oauthClientName !== undefined) checkOAuthClientName(path('oauthClientName'), attributes.oauthClientName);
    this.attributes = attributes;
  }

  public addRepository(options: RepositoryWorkspaceOptions): Workspace | undefined {
    this.onboarding ??= new DataCenterOnboarding(this, 'onboarding', { connection: this });
    return this.onboarding.addRepository(options);
  }
}
