import { HttpOutcome, isHtml } from '../http';
import { CheckResult } from '../types';
import { DoctorContext, htmlPageFinding, result, unexpectedAnswer, unexpectedFix } from './common';

export const BITBUCKET_REACHABLE = 'bitbucket-reachable';

export function serviceName(ctx: DoctorContext): string {
  return ctx.flavor === 'cloud' ? 'Bitbucket Cloud' : 'Bitbucket Data Center';
}

/**
 * Check 1a: the probe request (`GET /rest/api/1.0/projects`, Cloud `GET /2.0/user`) got a JSON answer over
 * a working connection. Network, TLS, proxy and wrong-address problems end here.
 */
export function bitbucketReachable(ctx: DoctorContext, probe: HttpOutcome): CheckResult {
  const target = ctx.bitbucketBase;
  const service = serviceName(ctx);
  if (!probe.ok) {
    return result(BITBUCKET_REACHABLE, 'fail', target, `${service} is not reachable: ${probe.error.message}`, probe.error.fix);
  }
  const response = probe.response;
  if (isHtml(response)) {
    const { message, fix } = htmlPageFinding(response, service);
    return result(BITBUCKET_REACHABLE, 'fail', target, message, fix);
  }
  if (response.status === 404) {
    return result(
      BITBUCKET_REACHABLE,
      'fail',
      target,
      `${response.url} answered 404: there is no Bitbucket REST API at this address`,
      ctx.flavor === 'cloud'
        ? 'Leave --bitbucket-api-url out to use https://api.bitbucket.org.'
        : 'Give --bitbucket-url as the instance base URL including its context path, e.g. https://bitbucket.example.com/bitbucket (Administration > Server settings > Base URL).',
    );
  }
  if (response.status === 429 || response.status >= 500) {
    return result(
      BITBUCKET_REACHABLE,
      'fail',
      target,
      unexpectedAnswer(response, service),
      unexpectedFix(response),
    );
  }
  const transport = new URL(response.url).protocol === 'https:' ? 'over HTTPS' : 'over plain HTTP';
  return result(BITBUCKET_REACHABLE, 'pass', target, `${service} answered ${transport}`);
}
