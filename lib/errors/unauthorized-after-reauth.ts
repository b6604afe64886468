import { Unauthorized } from './http-errors.js';

/**
 * A service refused a freshly issued token too: after a 401 the session re-authenticated, replayed the request once,
 * and got 401 again. The credentials work, so the user lacks a role on this service or project. It is still an
 * `Unauthorized` (status 401, code `ERR_HTTP_401`, the server's message and request id of the second answer).
 */
export class UnauthorizedAfterReauth extends Unauthorized {
  override name = 'UnauthorizedAfterReauth' as const;

  constructor(refused: Unauthorized) {
    super({
      status: refused.status, method: refused.method, url: refused.url, requestId: refused.requestId, serverMessage: refused.serverMessage,
      serverCode: refused.serverCode, details: refused.details, retryAfter: refused.retryAfter, headers: refused.headers, body: refused.body,
      cause: refused.cause,
    }, `${refused.message}; a freshly issued token was refused too, so the user lacks access to this service or project`);
  }
}
