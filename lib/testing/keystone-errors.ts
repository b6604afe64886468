import type { FakeResponse } from './router.js';

const TITLES: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed',
  409: 'Conflict', 413: 'Request Entity Too Large', 415: 'Unsupported Media Type', 429: 'Too Many Requests',
  500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway', 503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

// Keystone's own wording (keystone/exception.py), so clients parse what they would see for real.
const MESSAGES: Record<number, string> = {
  400: 'The server could not comply with the request since it is either malformed or otherwise incorrect. The client is assumed to be in error.',
  401: 'The request you have made requires authentication.',
  403: 'You are not authorized to perform the requested action.',
  404: 'The resource could not be found.',
  405: 'The method is not allowed for the requested URL.',
  409: 'Conflict occurred attempting to store the resource.',
  413: 'Request is too large.',
  500: 'An unexpected error prevented the server from fulfilling your request.',
  503: 'The server is currently unavailable. Please try again at a later time.',
};

/** The title Keystone (and webob) give a status, e.g. 404 → "Not Found". */
export function statusTitle(status: number): string {
  return TITLES[status] ?? (status >= 500 ? 'Internal Server Error' : 'Error');
}

/** `{"error":{"code","message","title"}}`, the body of every Keystone error. */
export function keystoneError(status: number, message?: string, headers?: Record<string, string>): FakeResponse {
  const body = { error: { code: status, message: message ?? MESSAGES[status] ?? statusTitle(status), title: statusTitle(status) } };
  return headers ? { status, body, headers } : { status, body };
}

/** Thrown inside a fake handler to answer with `response`; the dispatcher catches it. */
export class FakeFault extends Error {
  override name = 'FakeFault' as const;
  readonly response: FakeResponse;
  constructor(response: FakeResponse) {
    super(`fake cloud answers ${response.status}`);
    this.response = response;
  }
}

/** A Keystone-shaped error to throw from a handler. */
export function fault(status: number, message?: string): FakeFault {
  return new FakeFault(keystoneError(status, message));
}
