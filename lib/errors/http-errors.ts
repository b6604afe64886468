import { ClientError, defineHidden } from './client-error.js';

/** What an {@link HttpError} is built from (see {@link fromResponse}). */
export interface HttpErrorDetails {
  status: number;
  method: string;
  /** Redacted URL: no credentials, no token-bearing query values. */
  url: string;
  requestId?: string;
  /** The server's own message, parsed from the body. */
  serverMessage?: string;
  /** The server's error code or title, when the body has one (e.g. "itemNotFound", "Unauthorized"). */
  serverCode?: string;
  details?: string;
  /** Seconds, from Retry-After. */
  retryAfter?: number;
  headers?: Record<string, string | string[] | undefined>;
  body?: unknown;
  cause?: unknown;
}

/** An HTTP response with status >= 400. Subclasses per status; `fromResponse()` picks the class. */
export class HttpError extends ClientError {
  override name: string = 'HttpError';
  override readonly code: string = 'ERR_HTTP';
  readonly status: number;
  readonly method: string;
  readonly url: string;
  readonly requestId?: string;
  readonly serverMessage?: string;
  readonly serverCode?: string;
  readonly details?: string;
  readonly retryAfter?: number;
  declare readonly headers: Record<string, string | string[] | undefined>;
  declare readonly body: unknown;

  constructor(details: HttpErrorDetails, message?: string) {
    super(message ?? httpErrorMessage(details), { cause: details.cause });
    this.status = details.status;
    this.method = details.method;
    this.url = details.url;
    if (details.requestId !== undefined) this.requestId = details.requestId;
    if (details.serverMessage !== undefined) this.serverMessage = details.serverMessage;
    if (details.serverCode !== undefined) this.serverCode = details.serverCode;
    if (details.details !== undefined) this.details = details.details;
    if (details.retryAfter !== undefined) this.retryAfter = details.retryAfter;
    defineHidden(this, 'headers', details.headers ?? {});
    defineHidden(this, 'body', details.body);
  }
}

const hints: Record<number, string> = {
  400: 'check the request body and parameters',
  401: 'check the credentials, or that the token has not expired or been revoked',
  403: 'the credentials are valid but lack the role or scope this call needs',
  404: 'check the id or name, and the endpoint in the catalog',
  405: 'this endpoint does not allow the method',
  406: 'the service cannot produce the requested content type or microversion',
  409: 'the resource is in a state that does not allow this; wait or check its status',
  413: 'the request is too large or over a quota',
  415: 'the service does not accept this content type',
  429: 'too many requests; retry after the delay the service asks for',
  500: 'the service failed; retry later, and report the request id if it persists',
  501: 'the service does not implement this call',
  502: 'a proxy in front of the service got no valid answer; retry later',
  503: 'the service is unavailable; retry later',
  504: 'a proxy in front of the service timed out; retry later',
};

/** The message of an HTTP error: method, redacted URL, status, the server's message and request id, what to check. */
export function httpErrorMessage(d: HttpErrorDetails): string {
  const server = d.serverMessage ? `: ${d.serverMessage}` : '';
  const rid = d.requestId ? ` (request id ${d.requestId})` : '';
  const hint = hints[d.status] ?? (d.status >= 500 ? 'the service failed; retry later' : 'check the request');
  return `${d.method} ${d.url} failed with HTTP ${d.status}${server}${rid}; ${hint}`;
}

function httpClass<N extends string, C extends string>(status: number, name: N, code: C) {
  return class extends HttpError {
    static readonly status = status;
    override name: N = name;
    override readonly code: C = code;
  };
}

/** HTTP 400 (BadRequest); `code` is `ERR_HTTP_400`. */
export class BadRequest extends httpClass(400, 'BadRequest', 'ERR_HTTP_400') {}
/** HTTP 401; a 401 to a freshly issued token is the subclass UnauthorizedAfterReauth. */
export class Unauthorized extends httpClass(401, 'Unauthorized' as 'Unauthorized' | 'UnauthorizedAfterReauth', 'ERR_HTTP_401') {}
/** HTTP 402 (PaymentRequired); `code` is `ERR_HTTP_402`. */
export class PaymentRequired extends httpClass(402, 'PaymentRequired', 'ERR_HTTP_402') {}
/** HTTP 403 (Forbidden); `code` is `ERR_HTTP_403`. */
export class Forbidden extends httpClass(403, 'Forbidden', 'ERR_HTTP_403') {}
/** HTTP 404 (NotFound); `code` is `ERR_HTTP_404`. */
export class NotFound extends httpClass(404, 'NotFound', 'ERR_HTTP_404') {}
/** HTTP 405 (MethodNotAllowed); `code` is `ERR_HTTP_405`. */
export class MethodNotAllowed extends httpClass(405, 'MethodNotAllowed', 'ERR_HTTP_405') {}
/** HTTP 406 (NotAcceptable); `code` is `ERR_HTTP_406`. */
export class NotAcceptable extends httpClass(406, 'NotAcceptable', 'ERR_HTTP_406') {}
/** HTTP 407 (ProxyAuthenticationRequired); `code` is `ERR_HTTP_407`. */
export class ProxyAuthenticationRequired extends httpClass(407, 'ProxyAuthenticationRequired', 'ERR_HTTP_407') {}
/** HTTP 408 (RequestTimeout); `code` is `ERR_HTTP_408`. */
export class RequestTimeout extends httpClass(408, 'RequestTimeout', 'ERR_HTTP_408') {}
/** HTTP 409 (Conflict); `code` is `ERR_HTTP_409`. */
export class Conflict extends httpClass(409, 'Conflict', 'ERR_HTTP_409') {}
/** HTTP 410 (Gone); `code` is `ERR_HTTP_410`. */
export class Gone extends httpClass(410, 'Gone', 'ERR_HTTP_410') {}
/** HTTP 411 (LengthRequired); `code` is `ERR_HTTP_411`. */
export class LengthRequired extends httpClass(411, 'LengthRequired', 'ERR_HTTP_411') {}
/** HTTP 412 (PreconditionFailed); `code` is `ERR_HTTP_412`. */
export class PreconditionFailed extends httpClass(412, 'PreconditionFailed', 'ERR_HTTP_412') {}
/** HTTP 413 (RequestEntityTooLarge); `code` is `ERR_HTTP_413`. */
export class RequestEntityTooLarge extends httpClass(413, 'RequestEntityTooLarge', 'ERR_HTTP_413') {}
/** HTTP 414 (RequestUriTooLong); `code` is `ERR_HTTP_414`. */
export class RequestUriTooLong extends httpClass(414, 'RequestUriTooLong', 'ERR_HTTP_414') {}
/** HTTP 415 (UnsupportedMediaType); `code` is `ERR_HTTP_415`. */
export class UnsupportedMediaType extends httpClass(415, 'UnsupportedMediaType', 'ERR_HTTP_415') {}
/** HTTP 416 (RequestedRangeNotSatisfiable); `code` is `ERR_HTTP_416`. */
export class RequestedRangeNotSatisfiable extends httpClass(416, 'RequestedRangeNotSatisfiable', 'ERR_HTTP_416') {}
/** HTTP 417 (ExpectationFailed); `code` is `ERR_HTTP_417`. */
export class ExpectationFailed extends httpClass(417, 'ExpectationFailed', 'ERR_HTTP_417') {}
/** HTTP 422 (UnprocessableEntity); `code` is `ERR_HTTP_422`. */
export class UnprocessableEntity extends httpClass(422, 'UnprocessableEntity', 'ERR_HTTP_422') {}
/** HTTP 429 (TooManyRequests); `code` is `ERR_HTTP_429`. */
export class TooManyRequests extends httpClass(429, 'TooManyRequests', 'ERR_HTTP_429') {}
/** HTTP 500 (InternalServerError); `code` is `ERR_HTTP_500`. */
export class InternalServerError extends httpClass(500, 'InternalServerError', 'ERR_HTTP_500') {}
/** HTTP 501 (HttpNotImplemented); `code` is `ERR_HTTP_501`. */
export class HttpNotImplemented extends httpClass(501, 'HttpNotImplemented', 'ERR_HTTP_501') {}
/** HTTP 502 (BadGateway); `code` is `ERR_HTTP_502`. */
export class BadGateway extends httpClass(502, 'BadGateway', 'ERR_HTTP_502') {}
/** HTTP 503 (ServiceUnavailable); `code` is `ERR_HTTP_503`. */
export class ServiceUnavailable extends httpClass(503, 'ServiceUnavailable', 'ERR_HTTP_503') {}
/** HTTP 504 (GatewayTimeout); `code` is `ERR_HTTP_504`. */
export class GatewayTimeout extends httpClass(504, 'GatewayTimeout', 'ERR_HTTP_504') {}
/** HTTP 505 (HttpVersionNotSupported); `code` is `ERR_HTTP_505`. */
export class HttpVersionNotSupported extends httpClass(505, 'HttpVersionNotSupported', 'ERR_HTTP_505') {}

/** The constructor of an {@link HttpError} subclass. */
export type HttpErrorClass = new (details: HttpErrorDetails, message?: string) => HttpError;

/** Status → class, for fromResponse(). Other 4xx/5xx fall back to HttpError. */
export const httpErrorClasses: ReadonlyMap<number, HttpErrorClass> = new Map<number, HttpErrorClass>([
  [400, BadRequest], [401, Unauthorized], [402, PaymentRequired], [403, Forbidden], [404, NotFound],
  [405, MethodNotAllowed], [406, NotAcceptable], [407, ProxyAuthenticationRequired], [408, RequestTimeout],
  [409, Conflict], [410, Gone], [411, LengthRequired], [412, PreconditionFailed], [413, RequestEntityTooLarge],
  [414, RequestUriTooLong], [415, UnsupportedMediaType], [416, RequestedRangeNotSatisfiable],
  [417, ExpectationFailed], [422, UnprocessableEntity], [429, TooManyRequests], [500, InternalServerError],
  [501, HttpNotImplemented], [502, BadGateway], [503, ServiceUnavailable], [504, GatewayTimeout],
  [505, HttpVersionNotSupported],
]);

/** True for an {@link HttpError}, also one thrown by another loaded copy of stackclient. */
export function isHttpError(value: unknown): value is HttpError {
  return value instanceof HttpError
    || (typeof value === 'object' && value !== null && (value as { isStackClientError?: unknown }).isStackClientError === true
      && typeof (value as { status?: unknown }).status === 'number');
}
