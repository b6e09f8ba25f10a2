// Public API. Named exports only: what is listed here is the jsii-compatible surface.
export { RsaKeyPair, RsaKeyPairProps, MIN_RSA_BITS } from './keys/rsa-key-pair';
export { BitbucketOAuthClient, BitbucketOAuthClientProps, BitbucketServiceProvider, DEPRECATED_BITBUCKET_SERVER } from './tfe/oauth-client';
export { OAuthClientLookup, OAuthClientLookupProps } from './tfe/oauth-client-lookup';
export { OAuthTokenSshKey, OAuthTokenSshKeyProps } from './tfe/oauth-token-ssh-key';
export { IRepositoryAccess } from './onboarding/repository-access';
export { RepositoryOnboarding, RepositoryOnboardingProps, RepositoryWorkspaceOptions } from './onboarding/repository-onboarding';
export { DataCenterCredentials } from './data-center/credentials';
export { DataCenterServiceAccount, DataCenterServiceAccountProps } from './data-center/service-account';
export { AccessScope, DataCenterServiceAccountAccess, DataCenterServiceAccountAccessProps, REPO_ADMIN, PROJECT_ADMIN } from './data-center/access';
export { ApplicationLinkMode, DataCenterApplicationLink, DataCenterApplicationLinkProps } from './data-center/application-link';
export { DataCenterUserSshKey, DataCenterUserSshKeyProps } from './data-center/user-ssh-key';
export { DataCenterConnection, DataCenterConnectionProps, DEFAULT_CLIENT_NAME } from './data-center/connection';
export { DataCenterOnboarding, DataCenterOnboardingProps } from './data-center/onboarding';
export { BitbucketTfeChecks, BitbucketTfeChecksProps } from './checks/aspect';
