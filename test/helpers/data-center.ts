import { TerraformStack, TerraformVariable } from 'cdktf';
import { DataCenterConnection, DataCenterConnectionAttributes, DataCenterCredentials, DataCenterOnboarding, DataCenterOnboardingProps } from '../../lib';

/** Overrides of a test onboarding: the onboarding's own props and its connection's attributes, side by side. */
export type DataCenterOnboardingOverrides = Partial<DataCenterConnectionAttributes> & Partial<DataCenterOnboardingProps>;

const ONBOARDING_PROPS = new Set(['connection', 'repositories', 'alreadyAdministeredProjects', 'checks']);

export function secret(stack: TerraformStack, name: string): string {
  return new TerraformVariable(stack, name, { type: 'string', sensitive: true }).stringValue;
}

/** The connection attributes most tests onboard through: an OAuth client adopted by id, admin by HTTP access token. */
export function connectionAttributes(stack: TerraformStack, prefix = ''): DataCenterConnectionAttributes {
  return {
    bitbucketUrl: 'https://bitbucket.example.com',
    tfeHostname: 'tfe.example.com',
    organization: 'acme',
    serviceAccountName: 'svc-terraform',
    oauthClientId: 'oc-abc123',
    adminCredentials: DataCenterCredentials.fromToken('admin', secret(stack, `${prefix}bitbucket_token`)),
    tfeToken: secret(stack, `${prefix}tfe_token`),
  };
}

/**
 * A DataCenterOnboarding through a connection made elsewhere (`fromConnectionAttributes`), with overrides that
 * may be the onboarding's props or the connection's attributes.
 */
export function onboardThroughAttributes(stack: TerraformStack, id: string, attributes: DataCenterConnectionAttributes,
  overrides: DataCenterOnboardingOverrides = {}): DataCenterOnboarding {
  const props: Record<string, unknown> = {};
  const described: Record<string, unknown> = { ...attributes };
  for (const [key, value] of Object.entries(overrides)) (ONBOARDING_PROPS.has(key) ? props : described)[key] = value;
  const connection = props.connection ?? DataCenterConnection.fromConnectionAttributes(stack, `${id}-connection`, described as unknown as DataCenterConnectionAttributes);
  return new DataCenterOnboarding(stack, id, { ...props, connection } as DataCenterOnboardingProps);
}
