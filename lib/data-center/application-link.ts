import { TerraformProvider, TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import { Resource as RestResource } from '../providers/restful/resource';
import { brand, isBranded } from '../common/brand';
import { applicationLinkId } from '../domain/bitbucket-data-center';
import { BitbucketTfeInputError, described, propPaths } from '../domain/errors';
import { parseBitbucketUrl, parseHttpsUrl } from '../common/validators';
import { bareBase64Key } from '../keys/rsa-key-pair';
import { bitbucketApiProvider } from './bitbucket-api';
import { checkCredentials, DataCenterCredentials } from './credentials';

/** Who creates the application link in Bitbucket: Terraform, or an administrator by hand. */
export class ApplicationLinkSetup {
  /**
   * Terraform creates and updates the link through Bitbucket's applinks REST endpoints, as an administrator.
   * @param adminCredentials the administrator to act as. Default: a connection's `adminCredentials`; a
   * `DataCenterApplicationLink` used on its own needs them here or a shared `bitbucketApi` provider.
   */
  public static managed(adminCredentials?: DataCenterCredentials): ApplicationLinkSetup {
    if (adminCredentials !== undefined) checkCredentials('ApplicationLinkSetup.managed(adminCredentials)', adminCredentials);
    return new ApplicationLinkSetup(true, adminCredentials);
  }

  /** A Bitbucket administrator creates the link by hand, from the values the construct's `instructions` list. */
  public static manual(): ApplicationLinkSetup {
    return new ApplicationLinkSetup(false, undefined);
  }

  /** Whether `x` is an ApplicationLinkSetup, also when it comes from another copy of the library. */
  public static isApplicationLinkSetup(x: any): x is ApplicationLinkSetup {
    return isBranded(x, 'ApplicationLinkSetup');
  }

  private constructor(
    /** Whether Terraform manages the link. */
    public readonly managedByTerraform: boolean,
    /** The administrator Terraform acts as, when given here. */
    public readonly adminCredentials: DataCenterCredentials | undefined,
  ) {
    brand(this, 'ApplicationLinkSetup');
  }
}

export interface DataCenterApplicationLinkProps {
  /** Bitbucket's base URL with its context path (TFE's `http_url`). */
  readonly bitbucketUrl: string;
  /**
   * Accept an `http://` Bitbucket URL (test instances only).
   * @default false
   */
  readonly allowInsecureHttp?: boolean;
  /** The application URL: `https://<tfe-host>`, or `https://<tfe-host>/app/<org>` when several organizations share one Bitbucket. */
  readonly applicationUrl: string;
  /** Link name shown in Bitbucket's Application Links page. */
  readonly applicationName: string;
  /** OAuth consumer key: the same string as the TFE OAuth client's `key`. */
  readonly consumerKey: string;
  /** OAuth consumer name shown to the user who clicks Allow. */
  readonly consumerName: string;
  /** PEM public key of the pair whose private key TFE holds. */
  readonly publicKeyPem: string;
  /**
   * Managed by Terraform (with the administrator to act as), or made by hand.
   * @default ApplicationLinkSetup.managed() with the bitbucketApi provider
   */
  readonly applicationLinkSetup?: ApplicationLinkSetup;
  /**
   * Allow plans that replace or destroy the link or its consumer. Either revokes every OAuth token TFE holds
   * through the link: every workspace loses its VCS connection until a person authorizes again. Without it,
   * such a plan stops (`prevent_destroy`).
   * @default false
   */
  readonly allowDisconnect?: boolean;
  /**
   * A `restful` provider on Bitbucket's API to share (see `bitbucketApiProvider`).
   * @default - one is created from bitbucketUrl and the managed setup's adminCredentials
   */
  readonly bitbucketApi?: TerraformProvider;
  /**
   * The prop path errors name, when this construct is built by another one from that one's props.
   * @default 'DataCenterApplicationLink'
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
 * The Bitbucket side of a Data Center connection: a generic application link to TFE with incoming
 * OAuth 1.0a authentication by RSA key. Bitbucket has no Terraform resource for it, so a managed link
 * is two `restful_resource`s on the endpoints Atlassian's own UI uses (applinks 3.0 for the link,
 * applinks-oauth 1.0 for the consumer); a manual link only describes what to enter.
 */
export class DataCenterApplicationLink extends Construct {
  /** The link's id, computed the way Bitbucket computes it from the application URL. */
  public readonly linkId: string;
  /** Whether Terraform manages the link (else an administrator creates it from `instructions`). */
  public readonly managedByTerraform: boolean;
  public readonly applicationUrl: string;
  public readonly applicationName: string;
  public readonly consumerKey: string;
  public readonly consumerName: string;
  /** The link resource (managed only). */
  public readonly link?: TerraformResource;
  /** The incoming-authentication consumer resource (managed only). */
  public readonly consumer?: TerraformResource;
  /** Where an administrator enters the link by hand, step by step (manual), or how to inspect it (managed). */
  public readonly instructions: string;

  constructor(scope: Construct, id: string, props: DataCenterApplicationLinkProps) {
    super(scope, id);
    const prefix = props._propPrefix ?? 'DataCenterApplicationLink';
    const path = propPaths(prefix, props._propNames);
    const setup = props.applicationLinkSetup ?? ApplicationLinkSetup.managed();
    if (!ApplicationLinkSetup.isApplicationLinkSetup(setup)) {
      throw new BitbucketTfeInputError(path('applicationLinkSetup'), setup, 'is not an ApplicationLinkSetup',
        'use ApplicationLinkSetup.managed() (Terraform creates the link) or ApplicationLinkSetup.manual() (an administrator does, from the outputs)');
    }
    this.managedByTerraform = setup.managedByTerraform;
    const bitbucket = parseBitbucketUrl(path('bitbucketUrl'), props.bitbucketUrl, { allowHttp: props.allowInsecureHttp ?? false });
    // The link id is derived from this URL at synth time, so it must be a literal https URL of the TFE host.
    const application = parseHttpsUrl(path('applicationUrl'), props.applicationUrl, '"https://tfe.example.com" or "https://tfe.example.com/app/my-org"');
    if (!/^(\/app\/[A-Za-z0-9_-]+)?\/?$/.test(application.pathname)) {
      throw new BitbucketTfeInputError(path('applicationUrl'), props.applicationUrl, 'is not a TFE application URL',
        'use "https://<tfe-host>", or "https://<tfe-host>/app/<organization>" when several organizations link one Bitbucket');
    }
    this.applicationUrl = props.applicationUrl;
    this.applicationName = props.applicationName;
    this.consumerKey = props.consumerKey;
    this.consumerName = props.consumerName;
    this.linkId = applicationLinkId(props.applicationUrl);
    const adminPage = `${bitbucket.httpUrl}/plugins/servlet/applinks/listApplicationLinks`;

    if (!this.managedByTerraform) {
      this.instructions = [
        `As a Bitbucket administrator open ${adminPage}, click Create link and enter "${props.applicationUrl}"`,
        '(continue past the "no response was received" warning: TFE does not answer the applinks handshake);',
        `Application Name "${props.applicationName}", Application Type "Generic Application", all other fields empty.`,
        `Then edit the new link > Incoming Authentication: Consumer Key "${props.consumerKey}", Consumer Name "${props.consumerName}",`,
        'Public Key = the public_key_pem output (all of it, BEGIN and END lines included); save.',
      ].join(' ');
      return;
    }

    const admin = setup.adminCredentials;
    if (!admin && !props.bitbucketApi) {
      throw new BitbucketTfeInputError(path('applicationLinkSetup'), described('ApplicationLinkSetup.managed() without adminCredentials'),
        'cannot reach Bitbucket\'s applinks endpoints',
        'pass ApplicationLinkSetup.managed(DataCenterCredentials.fromToken(...)) or a bitbucketApi provider, or ApplicationLinkSetup.manual() to let an administrator create the link from the instructions');
    }
    const api = props.bitbucketApi ?? bitbucketApiProvider(this, 'applinks-api', bitbucket.httpUrl, admin!);

    const linkPath = `/rest/applinks/3.0/applicationlink/${this.linkId}`;
    // Bitbucket creates the link under the id it derives from rpcUrl, the one computed above. A GET of an
    // unknown single id may answer 500 instead of 404, so the link is read from the list and picked by id:
    // when it is gone (deleted by hand) the selector finds nothing, Terraform forgets it and the next apply
    // creates it again.
    this.link = new RestResource(this, 'link', {
      provider: api,
      path: '/rest/applinks/3.0/applicationlink',
      createMethod: 'PUT',
      readSelector: `applicationLinks.#(id=="${this.linkId}")`,
      // The link's own resource maps update to POST, and refuses a changed rpcUrl: that is a new link.
      updatePath: linkPath,
      updateMethod: 'POST',
      deletePath: linkPath,
      deleteMethod: 'DELETE',
      body: {
        name: props.applicationName,
        rpcUrl: props.applicationUrl,
        displayUrl: props.applicationUrl,
        typeId: 'generic',
      },
      forceNewAttrs: ['rpcUrl', 'typeId'],
      lifecycle: { preventDestroy: !props.allowDisconnect },
    });

    const consumerPath = `/rest/applinks-oauth/1.0/applicationlink/${this.linkId}/authentication/consumer`;
    this.consumer = new RestResource(this, 'consumer', {
      provider: api,
      path: consumerPath,
      createMethod: 'PUT',
      readSelector: `consumers.#(key=="${props.consumerKey}")`,
      updatePath: consumerPath,
      updateMethod: 'PUT',
      // There is no DELETE for a consumer (405): incoming OAuth is switched off on the link instead, which
      // removes the consumer. Idempotent, so a link already gone is no error.
      deletePath: `/rest/applinks/3.0/status/${this.linkId}/oauth`,
      deleteMethod: 'PUT',
      deleteBody: {
        incoming: { enabled: false, twoLoEnabled: false, twoLoImpersonationEnabled: false },
        outgoing: { enabled: false, twoLoEnabled: false, twoLoImpersonationEnabled: false },
      },
      body: {
        key: props.consumerKey,
        name: props.consumerName,
        // Bitbucket stores and returns the key as bare base64 DER: sent the same way, a read shows no diff.
        publicKey: bareBase64Key(props.publicKeyPem),
        outgoing: false,
        twoLOAllowed: false,
      },
      forceNewAttrs: ['key'],
      dependsOn: [this.link],
      lifecycle: { preventDestroy: !props.allowDisconnect },
    });

    this.instructions = `Terraform manages this link; inspect it at ${adminPage} (link id ${this.linkId}).`;
  }
}
