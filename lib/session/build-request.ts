import type { RequestToAuthorize } from '../auth-plugin.js';
import { appendQuery, type RequestOptions } from '../transport/request-options.js';
import type { RetryOptions } from '../transport/retry.js';
import type { OutgoingRequest } from '../transport/send.js';

/** What the session adds to every request it builds. */
export interface SessionRequestDefaults {
  userAgent: string;
  originalIp?: string | undefined;
  retry?: RetryOptions | false | undefined;
}

/**
 * One request, built once: session headers, then the caller's; a JSON body encoded; the query appended; the
 * session's retry policy merged with the request's. Every other per-request option (signal, timeout, …)
 * passes through untouched to the transport pipeline.
 */
export function buildRequest(
  method: string,
  url: string,
  options: RequestOptions & Pick<OutgoingRequest, 'onCrossOriginRedirect'>,
  defaults: SessionRequestDefaults,
  authorize?: (req: RequestToAuthorize) => string[] | Promise<string[]>,
): OutgoingRequest {
  const { json, body: rawBody, headers: callerHeaders, query, retry, logBody, ...passThrough } = options;
  const headers: Record<string, string> = { Accept: 'application/json', 'User-Agent': defaults.userAgent };
  if (defaults.originalIp) headers.Forwarded = `for=${defaults.originalIp};by=${defaults.userAgent}`;
  let body = rawBody;
  if (json !== undefined) {
    body = JSON.stringify(json);
    headers['Content-Type'] = 'application/json';
  }
  Object.assign(headers, callerHeaders);
  return {
    ...passThrough,
    method: method.toUpperCase(),
    url: appendQuery(url, query),
    headers,
    body,
    logBody: logBody ?? true,
    retry: mergeRetry(defaults.retry, retry),
    ...(authorize ? { authorize } : {}),
  };
}

/** The request's policy over the session's; false (either way) means one attempt. */
function mergeRetry(session: RetryOptions | false | undefined, request: RetryOptions | false | undefined): RetryOptions | false | undefined {
  const chosen = request === undefined ? session : request;
  return chosen === false ? false : { ...session, ...chosen };
}
