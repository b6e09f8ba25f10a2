import { Testing } from 'cdktf';
import { settingsFromEnvironment } from '../../examples/data-center/settings';
import { DataCenterConnectStack } from '../../examples/data-center/stacks';
import { onlyResource, referencedAddress, resourcesOf, SynthesizedStack } from '../helpers/synth';

/** PEM armour, bearer/basic headers, TFE tokens (xxxx.atlasv1.xxxx) and long base64 blobs are secret-shaped. */
const SECRET_SHAPES = [/-----BEGIN [A-Z ]*PRIVATE KEY-----/, /\.atlasv1\./, /Bearer [A-Za-z0-9._-]{20,}/, /[A-Za-z0-9+/]{200,}={0,2}/];

describe('examples/data-center with its placeholder settings', () => {
  const settings = settingsFromEnvironment({});
  const app = Testing.app();
  const stack = new DataCenterConnectStack(app, 'data-center-connect', settings);
  const text = Testing.synth(stack, true);
  const json: SynthesizedStack = JSON.parse(text);

  test('one tls_private_key feeds the client secret, rsa_public_key and the application link public key', () => {
    const key = onlyResource(json, 'tls_private_key');
    const address = `tls_private_key.${key.id}`;
    const client = onlyResource(json, 'tfe_oauth_client').config;
    expect(client.service_provider).toBe('bitbucket_data_center');
    expect(referencedAddress(client.secret, 'private_key_pem')).toBe(address);
    expect(referencedAddress(client.rsa_public_key, 'public_key_pem')).toBe(address);
    const consumer = Object.values(resourcesOf(json, 'restapi_object')).find((o) => String(o.path).endsWith('/authentication/consumer'));
    expect(referencedAddress(consumer!.data, 'public_key_pem')).toBe(address);
  });

  test('REPO_ADMIN for the service account on each example repository', () => {
    const grants = Object.values(resourcesOf(json, 'bitbucketserver_repository_permissions_user'))
      .map((g) => `${g.project}/${g.repository}`).sort();
    expect(grants).toEqual([...settings.repositories].sort());
    for (const grant of Object.values(resourcesOf(json, 'bitbucketserver_repository_permissions_user'))) {
      expect(grant).toMatchObject({ permission: 'REPO_ADMIN', user: settings.serviceAccountName });
    }
  });

  test('providers pinned', () => {
    expect(json.terraform!.required_providers).toEqual({
      bitbucketserver: { source: 'xvlcwk-terraform/bitbucketserver', version: '~> 1.8' },
      restapi: { source: 'Mastercard/restapi', version: '~> 3.0' },
      tfe: { source: 'hashicorp/tfe', version: '0.71.0' },
      tls: { source: 'hashicorp/tls', version: '4.1.0' },
    });
  });

  test('credentials come from sensitive variables, and no secret literal is anywhere in the JSON', () => {
    expect(json.variable!.bitbucket_admin_password.sensitive).toBe(true);
    expect(json.variable!.tfe_token.sensitive).toBe(true);
    for (const shape of SECRET_SHAPES) expect(text).not.toMatch(shape);
    for (const providers of Object.values(json.provider!)) {
      for (const provider of providers) {
        for (const field of ['password', 'token', 'bearer_token']) {
          if (provider[field] !== undefined) expect(provider[field]).toMatch(/^\$\{var\.[a-z_]+\}$/);
        }
      }
    }
  });
});
