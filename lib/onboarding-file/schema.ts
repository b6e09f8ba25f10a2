// The onboarding file's JSON Schema, built from the domain module's patterns and limits, so the file is held
// to the same rules as the constructs and the doctor. The loader validates with it; `npm run generate` writes
// it to schemas/onboarding-file.schema.json for editors (CI fails when that file differs).

import { MAX_BUCKETS, STACK_NAME_PART } from '../domain/sharding';
import { OAUTH_CLIENT_ID, ORGANIZATION_NAME, PROJECT_ID, WORKSPACE_ID } from '../domain/tfe';

/** A connection's name in the file: the construct id and part of every stack name of its shards. */
export const CONNECTION_NAME = /^[a-z][a-z0-9-]{0,39}$/;
/** The file's `sharding.stackPrefix`: room is left for `-<connection>-<project>[-<bucket>]` after it. */
export const STACK_PREFIX = /^[a-z0-9][a-z0-9_-]{0,39}$/;

/** A JSON Schema (draft-07) value: what JSON can hold. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export const ONBOARDING_FILE_SCHEMA: { [key: string]: JsonValue } = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://cdktf-bitbucket-tfe.invalid/onboarding-file.schema.json',
  title: 'cdktf-bitbucket-tfe onboarding file',
  description: 'Repositories to link from Bitbucket to Terraform Enterprise workspaces, reviewed as a pull request and deployed by a pipeline. Secrets never go here: they are Terraform variables.',
  type: 'object',
  additionalProperties: false,
  required: ['version', 'tfe', 'connections', 'repositories'],
  properties: {
    $schema: { type: 'string' },
    version: { description: 'Format version.', const: 1 },
    tfe: {
      description: 'The Terraform Enterprise (or HCP Terraform) organization the workspaces belong to.',
      type: 'object',
      additionalProperties: false,
      required: ['organization'],
      properties: {
        hostname: { description: 'TFE host name, e.g. tfe.example.com. Default app.terraform.io.', type: 'string', minLength: 1 },
        organization: { description: 'TFE organization name.', type: 'string', pattern: ORGANIZATION_NAME.source },
      },
    },
    connections: {
      description: 'Bitbucket connections (made earlier, by DataCenterConnection or in the TFE UI) that repositories are onboarded through.',
      type: 'array',
      minItems: 1,
      items: { $ref: '#/definitions/connection' },
    },
    defaults: {
      description: 'Workspace settings every repository gets unless it sets its own.',
      $ref: '#/definitions/workspaceSettings',
    },
    repositories: {
      description: 'The repositories to onboard, one workspace each.',
      type: 'array',
      items: { $ref: '#/definitions/repository' },
    },
    sharding: {
      description: 'How OnboardingFileShards splits the repositories into stacks: one stack per Bitbucket project (Cloud: per workspace), a project with buckets split by a stable hash of each identifier. OnboardingFromFile, one stack for the whole file, ignores it.',
      type: 'object',
      additionalProperties: false,
      properties: {
        bucketSize: { description: 'No stack may onboard more repositories than this: synth stops and names the bucket count the project needs. Default 100.', type: 'integer', minimum: 1 },
        stackPrefix: { description: 'Stack names are <stackPrefix>-<connection>-<project>[-<bucket>]. Default onboarding.', type: 'string', pattern: STACK_PREFIX.source },
      },
    },
  },
  definitions: {
    connection: {
      type: 'object',
      required: ['name', 'flavor'],
      properties: {
        flavor: { description: 'data-center or cloud.', enum: ['data-center', 'cloud'] },
      },
      allOf: [
        { if: { properties: { flavor: { const: 'data-center' } }, required: ['flavor'] }, then: { $ref: '#/definitions/dataCenterConnection' } },
        { if: { properties: { flavor: { const: 'cloud' } }, required: ['flavor'] }, then: { $ref: '#/definitions/cloudConnection' } },
      ],
    },
    connectionName: { description: 'Name repositories refer to; also the construct id, so keep it stable.', type: 'string', pattern: CONNECTION_NAME.source },
    projects: {
      description: 'Per project key (Cloud: workspace id), how its repositories are split into stacks; projects not listed get one stack.',
      type: 'object',
      additionalProperties: { $ref: '#/definitions/projectSharding' },
    },
    projectSharding: {
      type: 'object',
      additionalProperties: false,
      properties: {
        buckets: { description: 'Number of stacks the project is spread over: a repository\'s stack is the first four bytes of the SHA-256 of its identifier, big-endian, modulo this count. Fixed once deployed: changing it moves repositories between stacks (set previousBuckets for that deploy). Default 1.', type: 'integer', minimum: 1, maximum: MAX_BUCKETS },
        previousBuckets: { description: 'The bucket count before buckets was changed, for the one deploy that hands the moved repositories over to their new stacks; remove it afterwards.', type: 'integer', minimum: 1, maximum: MAX_BUCKETS },
        shardName: { description: 'Stack name part for the project instead of its key in lower case.', type: 'string', pattern: STACK_NAME_PART.source },
      },
    },
    oauthClient: {
      description: 'The TFE OAuth client to link through: its id, or its name in TFE.',
      type: 'object',
      additionalProperties: false,
      minProperties: 1,
      maxProperties: 1,
      properties: {
        id: { description: 'oc-...', type: 'string', pattern: OAUTH_CLIENT_ID.source },
        name: { description: 'The client\'s name under Settings > Version control > Providers.', type: 'string', minLength: 1 },
      },
    },
    dataCenterConnection: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'flavor', 'bitbucketUrl', 'serviceAccount', 'oauthClient'],
      properties: {
        name: { $ref: '#/definitions/connectionName' },
        flavor: { const: 'data-center' },
        bitbucketUrl: { description: 'Bitbucket Data Center URL with its context path, https only.', type: 'string', pattern: '^https://' },
        serviceAccount: { description: 'Login name of the service account TFE acts as.', type: 'string', minLength: 1 },
        oauthClient: { $ref: '#/definitions/oauthClient' },
        alreadyAdministeredProjects: { description: 'Project keys where the service account already holds PROJECT_ADMIN.', type: 'array', items: { type: 'string' } },
        projects: { $ref: '#/definitions/projects' },
      },
    },
    cloudConnection: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'flavor', 'workspace', 'serviceAccountUuid', 'oauthClient'],
      properties: {
        name: { $ref: '#/definitions/connectionName' },
        flavor: { const: 'cloud' },
        workspace: { description: 'Bitbucket Cloud workspace id that owns the OAuth consumer.', type: 'string', minLength: 1 },
        serviceAccountUuid: { description: 'UUID of the service account, {xxxxxxxx-...}.', type: 'string', minLength: 1 },
        oauthClient: { $ref: '#/definitions/oauthClient' },
        projects: { $ref: '#/definitions/projects' },
      },
    },
    workspaceSettings: {
      type: 'object',
      additionalProperties: false,
      properties: {
        project: { description: 'TFE project id (prj-...).', type: 'string', pattern: PROJECT_ID.source },
        branch: { description: 'Branch TFE plans and applies from. Default: the repository\'s default branch.', type: 'string', minLength: 1 },
        workingDirectory: { description: 'Directory of the configuration inside the repository.', type: 'string' },
        triggerPatterns: { description: 'Glob patterns of files whose changes start runs.', type: 'array', items: { type: 'string' } },
        tags: { description: 'TFE workspace tags.', type: 'array', items: { type: 'string' } },
        autoApply: { description: 'Apply successful plans without confirmation. Default false.', type: 'boolean' },
        queueAllRuns: { description: 'Start a run as soon as the workspace is created. Default false.', type: 'boolean' },
        forceDelete: { description: 'Let Terraform delete the workspace while it still manages resources. Deploy it before the deploy that deletes the workspace. Default false.', type: 'boolean' },
      },
    },
    repository: {
      type: 'object',
      additionalProperties: false,
      required: ['repository'],
      properties: {
        repository: { description: 'PROJECT/slug (Data Center) or workspace/slug (Cloud).', type: 'string', minLength: 3 },
        connection: { description: 'Name of the connection; optional when there is one.', type: 'string' },
        workspaceName: { description: 'TFE workspace name. Default: the identifier with \'/\' as \'-\'.', type: 'string' },
        workspaceId: { description: 'TFE workspace id (ws-...) of the repository\'s existing workspace: the first deploy imports it instead of creating it, with its state, variables and run history (bitbucket-tfe discover writes it).', type: 'string', pattern: WORKSPACE_ID.source },
        description: { type: 'string' },
        project: { $ref: '#/definitions/workspaceSettings/properties/project' },
        branch: { $ref: '#/definitions/workspaceSettings/properties/branch' },
        workingDirectory: { $ref: '#/definitions/workspaceSettings/properties/workingDirectory' },
        triggerPatterns: { $ref: '#/definitions/workspaceSettings/properties/triggerPatterns' },
        tags: { $ref: '#/definitions/workspaceSettings/properties/tags' },
        autoApply: { $ref: '#/definitions/workspaceSettings/properties/autoApply' },
        queueAllRuns: { $ref: '#/definitions/workspaceSettings/properties/queueAllRuns' },
        forceDelete: { $ref: '#/definitions/workspaceSettings/properties/forceDelete' },
        previousRepository: { description: 'The identifier before the repository was renamed in Bitbucket: the workspace keeps its id, state and name.', type: 'string', minLength: 3 },
        offboard: { description: 'Stop managing the repository: its grant is removed and its workspace is left to TFE (Terraform forgets it). Remove the entry after the deploy.', type: 'boolean' },
      },
    },
  },
};
