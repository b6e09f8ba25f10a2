import { readFileSync } from 'node:fs';
import { MAX_BUCKETS, STACK_NAME_PART } from '../../lib/domain/sharding';
import { OAUTH_CLIENT_ID, ORGANIZATION_NAME, PROJECT_ID, WORKSPACE_ID } from '../../lib/domain/tfe';
import { ONBOARDING_FILE_SCHEMA_PATH } from '../../lib/onboarding-file/load';
import { CONNECTION_NAME, JsonValue, ONBOARDING_FILE_SCHEMA, STACK_PREFIX } from '../../lib/onboarding-file/schema';

const { render } = require('../../scripts/generate-onboarding-schema.js') as { render(schema: unknown): string };

const committed = JSON.parse(readFileSync(ONBOARDING_FILE_SCHEMA_PATH, 'utf8')) as JsonValue;

/** Every `key` in the schema with its JSON pointer. */
function valuesOf(key: string, value: JsonValue, pointer = ''): Array<[string, JsonValue]> {
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => [
    ...(k === key && !Array.isArray(value) ? [[pointer, v] as [string, JsonValue]] : []),
    ...valuesOf(key, v, `${pointer}/${k}`),
  ]);
}

describe('the onboarding file\'s JSON Schema', () => {
  test('schemas/onboarding-file.schema.json is what `npm run generate` writes (run it and commit the file)', () => {
    expect(readFileSync(ONBOARDING_FILE_SCHEMA_PATH, 'utf8')).toBe(render(ONBOARDING_FILE_SCHEMA));
  });

  test('its patterns are the domain module\'s and the file format\'s rules', () => {
    expect(Object.fromEntries(valuesOf('pattern', committed))).toEqual({
      '/properties/tfe/properties/organization': ORGANIZATION_NAME.source,
      '/properties/sharding/properties/stackPrefix': STACK_PREFIX.source,
      '/definitions/connectionName': CONNECTION_NAME.source,
      '/definitions/projectSharding/properties/shardName': STACK_NAME_PART.source,
      '/definitions/oauthClient/properties/id': OAUTH_CLIENT_ID.source,
      '/definitions/dataCenterConnection/properties/bitbucketUrl': '^https://',
      '/definitions/workspaceSettings/properties/project': PROJECT_ID.source,
      '/definitions/repository/properties/workspaceId': WORKSPACE_ID.source,
    });
  });

  test('its bucket limits are RepositorySharding\'s', () => {
    expect(valuesOf('maximum', committed)).toEqual([
      ['/definitions/projectSharding/properties/buckets', MAX_BUCKETS],
      ['/definitions/projectSharding/properties/previousBuckets', MAX_BUCKETS],
    ]);
  });
});
