// How onboarded repositories are spread over stacks: the stack name rule and the bucket limit that
// RepositorySharding enforces and the onboarding file's JSON Schema states.

/** A stack name part (a prefix, a project's shard name): lower case letters, digits, "-" and "_" (TFE workspace names allow no more). */
export const STACK_NAME_PART = /^[a-z0-9][a-z0-9_-]{0,59}$/;

/** The most buckets (stacks) one project's repositories may be spread over. */
export const MAX_BUCKETS = 1024;
