/**
 * Programmatic API of `bitbucket-tfe doctor`, `bitbucket-tfe explain` and `bitbucket-tfe discover`.
 *
 *   const result = await runDoctor({ flavor: 'data-center', bitbucketUrl, repositories, credentials, tfe });
 *   const explained = explain(logText);
 *
 * Not part of the construct library's jsii API: import it from 'cdktf-bitbucket-tfe/lib/doctor'.
 */
export { runDoctor, DEFAULT_CLOUD_API_URL, DEFAULT_CONCURRENCY, DEFAULT_DEADLINE_MS, DEFAULT_TIMEOUT_MS } from './doctor';
export { SCHEMAS, judge, Answer } from './trust';
export { explain, ExplainFinding, ExplainResult, UnrecognizedEntry } from './explain';
export { discover, DiscoverError, DiscoverOptions, DiscoverResult, AdoptedWorkspace, SkippedWorkspace } from './discover';
export { renderExplainJson, renderExplainText } from './explain/report';
export { renderDoctorJson, renderDoctorText } from './report';
export { Redactor } from './redact';
export { RetryOptions } from './http';
export { UsageError } from './errors';
export { Style, PLAIN } from './style';
export {
  BitbucketCredentials,
  BitbucketFlavor,
  CheckResult,
  CheckStatus,
  DoctorOptions,
  DoctorResult,
  OnboardedWorkspace,
  RepositoryRef,
  TfeTarget,
} from './types';
