import { fromResponse } from '../errors/from-response.js';
import { InvalidResponse } from '../errors/transport-errors.js';
import type { KnownSecrets } from '../log/known-secrets.js';
import { redactUrl } from '../log/redact.js';
import { headerValue, requestIdOf, type HttpResponse } from './request-options.js';
import { sanitizeCause, type SanitizedCause } from './sanitized-cause.js';
import type { TransportResponse } from './transport.js';

/** V8's JSON.parse message quotes the body ("…" is not valid JSON), which may echo a secret; keep only the position. */
function withoutQuotedBody(error: unknown): SanitizedCause | undefined {
  const cause = sanitizeCause(error);
  if (cause) cause.message = cause.message.replace(/"(?:[^"\\]|\\.)*"(?:\.\.\.)?/g, '"…"');
  if (cause) cause.stack = `${cause.name}: ${cause.message}`;
  return cause;
}

/** The last hop's response as the caller gets it: JSON decoded, or a typed error (fromResponse) for status >= 400. */
export function decodeResponse(method: string, res: TransportResponse, knownSecrets?: KnownSecrets): HttpResponse {
  const url = redactUrl(res.url);
  const contentType = headerValue(res.headers, 'content-type') ?? '';
  const isJson = /[/+]json\b/i.test(contentType);
  let body: unknown;
  if (res.rawBody.length === 0) body = undefined;
  else if (isJson) {
    try {
      body = JSON.parse(res.rawBody.toString('utf8'));
    } catch (cause) {
      if (res.status < 400) {
        throw new InvalidResponse(`${method} ${url} returned HTTP ${res.status} with a body that is not valid JSON `
          + `(${res.rawBody.length} bytes of ${contentType}); the service or a proxy in front of it mangled the response`, {
          method, url, status: res.status, cause: withoutQuotedBody(cause),
        });
      }
      body = res.rawBody.toString('utf8');
    }
  } else body = res.rawBody.toString('utf8');
  if (res.status >= 400) throw fromResponse({ status: res.status, headers: res.headers, body, method, url }, { knownSecrets });
  const requestId = requestIdOf(res.headers);
  return { status: res.status, headers: res.headers, body, rawBody: res.rawBody, url: res.url, ...(requestId ? { requestId } : {}) };
}
