import { RepositoryWorkspaceOptions } from '../../lib';

/**
 * What differs from one Bitbucket Data Center to another. Every value has a placeholder default so the
 * example synthesizes anywhere; set the environment variables to point it at a real instance.
 * Secrets are not here: they are Terraform variables (see stacks.ts).
 */
export interface DataCenterExampleSettings {
  readonly bitbucketUrl: string;
  readonly tfeHostname: string;
  readonly organization: string;
  readonly serviceAccountName: string;
  /**
   * Each repository to onboard: `PROJECT/slug`, or its entry with workspace settings of its own (a renamed
   * repository's `previousRepository`, `offboard`, ...).
   */
  readonly repositories: Array<string | RepositoryWorkspaceOptions>;
  /** Workspace settings every onboarded repository gets. */
  readonly workspaceDefaults: { readonly branch?: string; readonly autoApply?: boolean; readonly tags?: string[] };
  /**
   * Let a plan replace or destroy the OAuth client, the application link or its consumer (ALLOW_DISCONNECT=true):
   * needed to tear the connection down, and for a change that forces a new client. Every workspace then needs
   * a person to authorize again.
   */
  readonly allowDisconnect: boolean;
  /** Change it (CLONE_KEY_GENERATION, e.g. a date) to rotate the SSH clone key. */
  readonly cloneKeyGeneration?: string;
}

export function settingsFromEnvironment(env: NodeJS.ProcessEnv = process.env): DataCenterExampleSettings {
  return {
    bitbucketUrl: env.BITBUCKET_URL ?? 'https://bitbucket.example.com/bitbucket',
    tfeHostname: env.TFE_HOSTNAME ?? 'tfe.example.com',
    organization: env.TFE_ORGANIZATION ?? 'example-org',
    serviceAccountName: env.BITBUCKET_SERVICE_ACCOUNT ?? 'svc-terraform',
    repositories: (env.BITBUCKET_REPOSITORIES ?? 'PLAT/network,PLAT/platform-modules,APPS/payments-service')
      .split(',').map((r) => r.trim()).filter((r) => r !== ''),
    workspaceDefaults: { branch: env.BITBUCKET_BRANCH ?? 'main', tags: ['bitbucket', 'onboarded'] },
    allowDisconnect: env.ALLOW_DISCONNECT === 'true',
    cloneKeyGeneration: env.CLONE_KEY_GENERATION,
  };
}
