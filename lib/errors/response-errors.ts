import { RequestError, type RequestDetails } from './request-error.js';

/**
 * The server's answer broke HTTP: a header too large, a bad chunk, an invalid header, a body whose
 * Content-Encoding does not decode. Not retried: the same server sends the same bytes again.
 */
export class ProtocolError extends RequestError {
  override name = 'ProtocolError' as const;
  override readonly code = 'ERR_PROTOCOL' as const;
  /** The parser's or decoder's code, e.g. HPE_HEADER_OVERFLOW, Z_DATA_ERROR. */
  readonly errno?: string;
  constructor(message: string, details: RequestDetails & { errno?: string }) {
    super(message, details);
    if (details.errno !== undefined) this.errno = details.errno;
  }
}

/** The decoded response body grew past `maxResponseBytes`; the transfer was aborted there. */
export class ResponseTooLarge extends RequestError {
  override name = 'ResponseTooLarge' as const;
  override readonly code = 'ERR_RESPONSE_TOO_LARGE' as const;
  /** The limit in bytes (maxResponseBytes). */
  readonly limit: number;
  /** HTTP status of the response whose body was too large. */
  readonly status?: number;
  constructor(details: RequestDetails & { limit: number; status?: number; declared?: number }) {
    const what = details.declared === undefined ? 'grew past' : `declares ${details.declared} bytes, over`;
    super(`${details.method} ${details.url}: the response body ${what} the limit of ${details.limit} bytes (maxResponseBytes); `
      + 'raise maxResponseBytes for this request, or check that the URL is the API and not a download', details);
    this.limit = details.limit;
    if (details.status !== undefined) this.status = details.status;
  }
}

/** A redirect that cannot be followed: a malformed Location, or one to a scheme other than http(s). Not re-sent. */
export class UnsupportedRedirect extends RequestError {
  override name = 'UnsupportedRedirect' as const;
  override readonly code = 'ERR_UNSUPPORTED_REDIRECT' as const;
  readonly status: number;
  /** The Location header, redacted and cut to 200 characters. */
  readonly location: string;
  constructor(message: string, details: RequestDetails & { status: number; location: string }) {
    super(message, details);
    this.status = details.status;
    this.location = details.location;
  }
}

/**
 * A 3xx answer to a request that is not redirected (POST, PUT, PATCH, DELETE): the request was not carried out
 * where it was sent, so it is neither a success nor re-sent.
 */
export class UnexpectedRedirect extends RequestError {
  override name = 'UnexpectedRedirect' as const;
  override readonly code = 'ERR_UNEXPECTED_REDIRECT' as const;
  readonly status: number;
  /** The Location header, redacted; undefined when the response had none. */
  readonly location?: string;
  constructor(details: RequestDetails & { status: number; location?: string }) {
    const to = details.location === undefined ? 'with no Location' : `to ${details.location}`;
    // RFC 9110 §15.4.4: a 303 says the request was processed and its result is elsewhere; the other 3xx say it was not.
    const outcome = details.status === 303
      ? 'the service says it was carried out and points to the result, which a ' + details.method + ' does not fetch'
      : 'it was not carried out there: use the endpoint URL the service expects (scheme, host, trailing slash)';
    super(`${details.method} ${details.url} answered HTTP ${details.status} ${to}; a ${details.method} is not redirected, and ${outcome}`, details);
    this.status = details.status;
    if (details.location !== undefined) this.location = details.location;
  }
}
