import { ClientError, type ClientErrorOptions } from './client-error.js';

/** The request an error is about: its method and redacted URL. */
export interface RequestDetails extends ClientErrorOptions {
  method: string;
  /** Redacted URL. */
  url: string;
}

/**
 * The base of the errors about one request that got no usable response (connection, timeout, abort, a response
 * that broke HTTP or cannot be used, a redirect not followed): each keeps the request's method and redacted URL.
 */
export abstract class RequestError extends ClientError {
  readonly method: string;
  /** Redacted URL. */
  readonly url: string;
  constructor(message: string, details: RequestDetails) {
    super(message, details);
    this.method = details.method;
    this.url = details.url;
  }
}
