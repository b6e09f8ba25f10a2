/**
 * What differs from one Bitbucket Cloud workspace and TFE organization to another. Every value has a placeholder
 * default so the example synthesizes anywhere; set the environment variables to point it at real ones.
 * Secrets are not here: they are Terraform variables (see stacks.ts).
 */
export interface CloudExampleSettings {
  readonly tfeHostname: string;
  readonly organization: string;
  /** Bitbucket Cloud workspace id that owns the OAuth consumer. */
  readonly workspace: string;
  /** UUID of the Bitbucket Cloud account TFE acts as. */
  readonly serviceAccountUuid: string;
  /** Name of the TFE OAuth client: the one made in the TFE UI (adopted), or the one cloud-connect creates. */
  readonly oauthClientName: string;
  /** Repositories to onboard, `workspace/slug`. */
  readonly repositories: string[];
}

export function settingsFromEnvironment(env: NodeJS.ProcessEnv = process.env): CloudExampleSettings {
  const workspace = env.BITBUCKET_WORKSPACE ?? 'example-workspace';
  return {
    tfeHostname: env.TFE_HOSTNAME ?? 'tfe.example.com',
    organization: env.TFE_ORGANIZATION ?? 'example-org',
    workspace,
    serviceAccountUuid: env.BITBUCKET_SERVICE_ACCOUNT_UUID ?? '{00000000-0000-4000-8000-000000000000}',
    oauthClientName: env.TFE_OAUTH_CLIENT_NAME ?? 'Bitbucket Cloud',
    repositories: (env.BITBUCKET_REPOSITORIES ?? `${workspace}/network,${workspace}/platform-modules,${workspace}/payments-service`)
      .split(',').map((r) => r.trim()).filter((r) => r !== ''),
  };
}
