import { Fn, TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import { ObjectResource } from '../providers/restapi/object-resource';
import { BitbucketTfeInputError } from '../common/errors';
import { restApiProvider } from '../common/rest-api';
import { checkCredentials, DataCenterCredentials, restApiAuth } from './credentials';
import { applicationLinkId } from './application-link-id';

/** Who creates the application link in Bitbucket. */
export enum ApplicationLinkMode {
  /** Terraform creates and updates it through Bitbucket's applinks REST endpoints (needs admin credentials). */
  MANAGED = 'managed',
  /** A Bitbucket administrator creates it by hand from the connection's outputs. */
  MANUAL = 'manual',
}

export interface DataCenterApplicationLinkProps {
  /** Bitbucket's base URL with its context path (TFE's `http_url`). */
  readonly bitbucketUrl: string;
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
   * Managed by Terraform or made by hand.
   * @default ApplicationLinkMode.MANAGED
   */
  readonly mode?: ApplicationLinkMode;
  /**
   * Administrator credentials for the applinks endpoints.
   * @default - required when mode is MANAGED
   */
  readonly adminCredentials?: DataCenterCredentials;
  /** Names the props in error messages. @default 'DataCenterApplicationLink' */
  readonly propPrefix?: string;
}

/**
 * The Bitbucket side of a Data Center connection: a generic application link to TFE with incoming
 * OAuth 1.0a authentication by RSA key. Bitbucket has no Terraform resource for it, so a managed link
 * is two `restapi_object`s on the endpoints Atlassian's own UI uses (applinks 3.0 for the link,
 * applinks-oauth 1.0 for the consumer); a manual link only describes what to enter.
 */
export class DataCenterApplicationLink extends Construct {
  /** The link's id, computed the way Bitbucket computes it from the application URL. */
  public readonly linkId: string;
  public readonly mode: ApplicationLinkMode;
  public readonly applicationUrl: string;
  public readonly applicationName: string;
  public readonly consumerKey: string;
  public readonly consumerName: string;
  /** The link resource (MANAGED only). */
  public readonly link?: TerraformResource;
  /** The incoming-authentication consumer resource (MANAGED only). */
  public readonly consumer?: TerraformResource;
  /** Where an administrator enters the link by hand, step by step (MANUAL), or how to inspect it (MANAGED). */
  public readonly instructions: string;

  constructor(scope: Construct, id: string, props: DataCenterApplicationLinkProps) {
    super(scope, id);
    const prefix = props.propPrefix ?? 'DataCenterApplicationLink';
    this.mode = props.mode ?? ApplicationLinkMode.MANAGED;
    if (!Object.values(ApplicationLinkMode).includes(this.mode)) {
      throw new BitbucketTfeInputError(`${prefix}.applicationLinkMode`, this.mode, `is not one of ${Object.values(ApplicationLinkMode).map((m) => `"${m}"`).join(', ')}`,
        'use ApplicationLinkMode.MANAGED (Terraform creates the link) or ApplicationLinkMode.MANUAL (an admin does, from the outputs)');
    }
    this.applicationUrl = props.applicationUrl;
    this.applicationName = props.applicationName;
    this.consumerKey = props.consumerKey;
    this.consumerName = props.consumerName;
    this.linkId = applicationLinkId(props.applicationUrl);
    const adminPage = `${props.bitbucketUrl}/plugins/servlet/applinks/listApplicationLinks`;

    if (this.mode === ApplicationLinkMode.MANUAL) {
      this.instructions = [
        `As a Bitbucket administrator open ${adminPage}, click Create link and enter "${props.applicationUrl}"`,
        '(continue past the "no response was received" warning: TFE does not answer the applinks handshake);',
        `Application Name "${props.applicationName}", Application Type "Generic Application", all other fields empty.`,
        `Then edit the new link > Incoming Authentication: Consumer Key "${props.consumerKey}", Consumer Name "${props.consumerName}",`,
        'Public Key = the public_key_pem output (all of it, BEGIN and END lines included); save.',
      ].join(' ');
      return;
    }

    if (!props.adminCredentials) {
      throw new BitbucketTfeInputError(`${prefix}.adminCredentials`, undefined, 'is required to manage the application link',
        'pass admin credentials from sensitive TerraformVariables, or set applicationLinkMode: ApplicationLinkMode.MANUAL and let an administrator create the link from the outputs');
    }
    checkCredentials(`${prefix}.adminCredentials`, props.adminCredentials);

    // The applinks service answers XML unless asked for JSON.
    const api = restApiProvider(this, 'applinks-api', 'bitbucket_applinks', {
      uri: props.bitbucketUrl,
      ...restApiAuth(props.adminCredentials),
      headers: { 'Accept': 'application/json', 'Content-Type': 'application/json', 'X-Atlassian-Token': 'no-check' },
      returnsObject: false,
    });

    const linkPath = `/rest/applinks/3.0/applicationlink/${this.linkId}`;
    this.link = new ObjectResource(this, 'link', {
      provider: api,
      path: '/rest/applinks/3.0/applicationlink',
      objectId: this.linkId,
      createMethod: 'PUT',
      readPath: linkPath,
      updatePath: linkPath,
      updateMethod: 'PUT',
      destroyPath: linkPath,
      destroyMethod: 'DELETE',
      data: Fn.jsonencode({
        id: this.linkId,
        name: props.applicationName,
        rpcUrl: props.applicationUrl,
        displayUrl: props.applicationUrl,
        typeId: 'generic',
      }),
      // Bitbucket adds fields of its own (system, primary, ...): they are not drift.
      ignoreServerAdditions: true,
    });

    const consumerPath = `/rest/applinks-oauth/1.0/applicationlink/${this.linkId}/authentication/consumer`;
    this.consumer = new ObjectResource(this, 'consumer', {
      provider: api,
      path: consumerPath,
      objectId: this.linkId,
      createMethod: 'PUT',
      readPath: consumerPath,
      updatePath: consumerPath,
      updateMethod: 'PUT',
      destroyPath: consumerPath,
      destroyMethod: 'DELETE',
      data: Fn.jsonencode({
        key: props.consumerKey,
        name: props.consumerName,
        publicKey: props.publicKeyPem,
        outgoing: false,
        twoLOAllowed: false,
      }),
      // Bitbucket returns the key re-encoded (no PEM armour); the configured key still drives updates.
      ignoreChangesTo: ['publicKey'],
      ignoreServerAdditions: true,
      dependsOn: [this.link],
    });

    this.instructions = `Terraform manages this link; inspect it at ${adminPage} (link id ${this.linkId}).`;
  }
}
