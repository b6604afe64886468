import type { AuthContext, AuthHttpRequest, AuthHttpResponse } from '../../lib/auth-plugin.js';
import { AuthorizationFailure } from '../../lib/errors/framework-errors.js';
import { redactUrl } from '../../lib/log/redact.js';
import { isHttpError, type HttpError } from '../../lib/errors/http-errors.js';
import { ConnectionError, TimeoutError } from '../../lib/errors/transport-errors.js';

/** Who is authenticating where, for error messages (never a secret). */
export interface AuthAbout {
  plugin: string;
  authUrl: string;
  /** e.g. `user "admin" (domain Default)`, `application credential 3f2a…`. */
  who: string;
}

/**
 * One request of an authentication (discovery, token issue) through the session: the session retries
 * connection failures (and what its policy allows); this turns the final failure into an error about
 * authenticating.
 */
export async function authRequest(ctx: AuthContext, req: AuthHttpRequest, about: AuthAbout): Promise<AuthHttpResponse> {
  const guarded: AuthHttpRequest = { onCrossOriginRedirect: refuseRedirect(about), ...req };
  try {
    return await ctx.request(ctx.signal && !req.signal ? { ...guarded, signal: ctx.signal } : guarded);
  } catch (err) {
    throw authError(err, about);
  }
}

/**
 * Credentials go only to the auth URL's own scheme, host and port. keystoneauth1 sends them wherever the version
 * document or a redirect points; an https auth URL redirected to http, or a `self` link naming another host, would
 * then receive the password.
 */
export function checkSameOrigin(target: string, authUrl: string, why: string, about: AuthAbout): void {
  if (new URL(target).origin === new URL(authUrl).origin) return;
  throw new AuthorizationFailure(
    `${about.plugin} refused to send credentials to ${redactUrl(target)}: ${why}, which is not the origin of the auth URL `
      + `${redactUrl(authUrl)} (credentials go only to its own scheme, host and port); check the auth URL, and Keystone's public endpoint`,
  );
}

/** The guard of credential-bearing requests: a redirect to another origin fails instead of being followed. */
export function refuseRedirect(about: AuthAbout): (from: string, to: string) => never {
  return (from, to) => {
    throw new AuthorizationFailure(
      `${about.plugin} did not follow a redirect from ${redactUrl(from)} to ${redactUrl(to)}: credentials and the discovery that `
        + `leads to them stay on the origin of the auth URL ${redactUrl(about.authUrl)}; check the auth URL`,
    );
  };
}

const credentialHints: Record<number, string> = {
  400: 'Keystone refused the request as malformed; check the auth options',
  401: 'check the user, the password or secret, and the domain',
  403: 'the credentials are valid but may not have this scope; check the project or domain and the role assignments',
  404: 'check that the auth URL is the identity service (the Keystone root or its /v3 URL) and that the user, project or domain exist',
};

/**
 * Wrong credentials (400/401/403/404 from Keystone) → AuthorizationFailure with Keystone's message, at once.
 * Connection failures and other HTTP errors (5xx after the session's retries) → a connection error of the
 * same class whose message names the auth URL. Anything else (aborts, invalid responses) is returned as is.
 */
export function authError(err: unknown, about: AuthAbout): unknown {
  if (isHttpError(err)) {
    const hint = credentialHints[err.status];
    if (hint) {
      const server = err.serverMessage ? `: ${err.serverMessage}` : '';
      return new AuthorizationFailure(
        `Authentication of ${about.who} at ${about.authUrl} (${about.plugin}) failed with HTTP ${err.status}${server}; ${hint}`,
        { status: err.status, ...(err.serverMessage ? { serverMessage: err.serverMessage } : {}), cause: err },
      );
    }
    return identityUnavailable(err, about);
  }
  if (err instanceof ConnectionError) {
    const Class = err.constructor as new (message: string, details: ConstructorParameters<typeof ConnectionError>[1]) => ConnectionError;
    const wrapped = new Class(`Cannot reach the identity service at ${about.authUrl}: ${err.message}`, {
      method: err.method, url: err.url, beforeSend: err.beforeSend, cause: err, ...(err.errno ? { errno: err.errno } : {}),
    });
    if (err instanceof TimeoutError && wrapped instanceof TimeoutError) {
      if (err.phase !== undefined) wrapped.phase = err.phase;
      if (err.timeoutMs !== undefined) wrapped.timeoutMs = err.timeoutMs;
    }
    return wrapped;
  }
  return err;
}

function identityUnavailable(err: HttpError, about: AuthAbout): ConnectionError {
  const server = err.serverMessage ? `: ${err.serverMessage}` : '';
  const rid = err.requestId ? ` (request id ${err.requestId})` : '';
  return new ConnectionError(
    `The identity service at ${about.authUrl} failed: ${err.method} ${err.url} answered HTTP ${err.status}${server}${rid}; `
      + 'check that Keystone is up and healthy, then retry',
    { method: err.method, url: err.url, cause: err },
  );
}
