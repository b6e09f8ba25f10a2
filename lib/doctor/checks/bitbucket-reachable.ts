import { BITBUCKET_CLOUD_API_URL } from '../../domain/bitbucket-cloud';
import { Answer } from '../trust';
import { CheckResult } from '../types';
import { DoctorContext, result } from './common';

export const BITBUCKET_REACHABLE = 'bitbucket-reachable';

export function serviceName(ctx: Pick<DoctorContext, 'flavor'>): string {
  return ctx.flavor === 'cloud' ? 'Bitbucket Cloud' : 'Bitbucket Data Center';
}

/**
 * Check 1a: the probe request (`GET /rest/api/1.0/projects`, Cloud `GET /2.0/user`) got an answer from Bitbucket's
 * REST API at the configured origin. Network, TLS, proxy, redirect and wrong-address problems end here.
 */
export function bitbucketReachable(ctx: DoctorContext, probe: Answer<unknown>, networkFailure: boolean): CheckResult {
  const target = ctx.bitbucketBase;
  const service = serviceName(ctx);
  if (probe.kind === 'untrusted') {
    return result(BITBUCKET_REACHABLE, 'fail', target, networkFailure ? `${service} is not reachable: ${probe.message}` : probe.message, probe.fix);
  }
  const response = probe.response;
  if (response.status === 404) {
    return result(
      BITBUCKET_REACHABLE,
      'fail',
      target,
      `${response.url} answered 404: there is no Bitbucket REST API at this address`,
      ctx.flavor === 'cloud'
        ? `Leave --bitbucket-api-url out to use ${BITBUCKET_CLOUD_API_URL}.`
        : 'Give --bitbucket-url as the instance base URL including its context path, e.g. https://bitbucket.example.com/bitbucket (Administration > Server settings > Base URL).',
    );
  }
  const transport = new URL(response.url).protocol === 'https:' ? 'over HTTPS' : 'over plain HTTP';
  return result(BITBUCKET_REACHABLE, 'pass', target, `${service} answered ${transport}`);
}
