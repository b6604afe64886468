import { keystoneError, statusTitle } from './keystone-errors.js';
import type { FakeRequest, FakeResponse } from './router.js';
import type { TokenRecord } from './token-store.js';

/** The echo service's endpoints: RegionOne at `/echo`, RegionTwo (public only) at `/echo-r2`. */
export const ECHO_PREFIXES = ['/echo', '/echo-r2'] as const;

const MAX_BYTES = 64 * 1024 * 1024;

// Nova's fault names per status (nova/api/openstack/wsgi.py Fault._fault_names).
const NOVA_FAULTS: Record<number, string> = {
  400: 'badRequest', 401: 'unauthorized', 403: 'forbidden', 404: 'itemNotFound', 405: 'badMethod',
  409: 'conflictingRequest', 413: 'overLimit', 415: 'badMediaType', 429: 'overLimit', 501: 'notImplemented', 503: 'serviceUnavailable',
};

/** The prefix of an echo path, or undefined when the path is not the echo service's. */
export function echoPrefix(path: string): string | undefined {
  return ECHO_PREFIXES.find((p) => path === p || path.startsWith(`${p}/`));
}

/**
 * The echo test service. Any method, any path answers 200 with what it received (`X-Auth-Token` left out).
 * Special paths under the prefix:
 * - `GET /redirect?to=URL[&status=302]` → that redirect.
 * - `/status/:code[?shape=nova|keystone|text|empty&message=…&retry_after=…]` → that status with an error body
 *   in Nova's shape (`{"itemNotFound": {"code", "message"}}`, the default), Keystone's, plain text, or none.
 * - `/html/:code` → an HTML error page, as a proxy in front of a service sends one.
 * - `/bytes/:n` → n bytes of application/octet-stream.
 */
export function handleEcho(req: FakeRequest, prefix: string, token: TokenRecord, requestId: string): FakeResponse {
  const rest = req.path.slice(prefix.length).split('/').filter(Boolean);
  const [kind, arg] = rest;
  if (rest.length === 1 && kind === 'redirect') return redirect(req);
  if (rest.length === 2 && arg !== undefined) {
    if (kind === 'status') return status(req, arg, requestId);
    if (kind === 'html') return html(arg);
    if (kind === 'bytes') return bytes(arg);
  }
  const { 'x-auth-token': _token, ...headers } = req.headers;
  return {
    status: 200,
    body: {
      method: req.method, path: req.path, query: queryObject(req.query), headers,
      body: req.body !== undefined ? req.body : req.rawBody.length > 0 ? req.rawBody.toString('utf8') : null,
      auth: { userId: token.userId, userName: token.userName, projectId: token.projectId ?? null, domainId: token.domainId ?? null, roles: token.roles },
    },
  };
}

function queryObject(query: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(query.keys())) {
    const all = query.getAll(key);
    out[key] = all.length === 1 ? all[0]! : all;
  }
  return out;
}

function code(text: string, min: number, max: number): number | undefined {
  const n = Number(text);
  return Number.isInteger(n) && n >= min && n <= max ? n : undefined;
}

function redirect(req: FakeRequest): FakeResponse {
  const to = req.query.get('to');
  const status = code(req.query.get('status') ?? '302', 300, 399);
  if (!to || status === undefined) return keystoneError(400, 'The echo redirect needs ?to=URL and an optional 3xx ?status=.');
  return { status, headers: { Location: to }, body: '' };
}

function status(req: FakeRequest, text: string, requestId: string): FakeResponse {
  const status = code(text, 200, 599);
  if (status === undefined) return keystoneError(400, `The echo status must be a number from 200 to 599, got ${text}.`);
  const message = req.query.get('message') ?? `${statusTitle(status)} (echo)`;
  const headers: Record<string, string> = {};
  const retryAfter = req.query.get('retry_after');
  if (retryAfter !== null) headers['Retry-After'] = retryAfter;
  switch (req.query.get('shape') ?? 'nova') {
    case 'keystone': return { ...keystoneError(status, message), headers };
    case 'text': return { status, headers: { ...headers, 'Content-Type': 'text/plain; charset=UTF-8' }, body: message };
    case 'empty': return { status, headers, body: '' };
    default: {
      const name = NOVA_FAULTS[status] ?? 'computeFault';
      return { status, headers: { ...headers, 'x-compute-request-id': requestId }, body: { [name]: { code: status, message } } };
    }
  }
}

function html(text: string): FakeResponse {
  const status = code(text, 200, 599);
  if (status === undefined) return keystoneError(400, `The echo status must be a number from 200 to 599, got ${text}.`);
  const title = `${status} ${statusTitle(status)}`;
  return {
    status,
    headers: { 'Content-Type': 'text/html; charset=UTF-8' },
    body: `<html>\n <head>\n  <title>${title}</title>\n </head>\n <body>\n  <h1>${title}</h1>\n`
      + '  The server could not handle the request.<br /><br />\n\n </body>\n</html>',
  };
}

function bytes(text: string): FakeResponse {
  const n = code(text, 0, MAX_BYTES);
  if (n === undefined) return keystoneError(400, `The echo byte count must be a whole number from 0 to ${MAX_BYTES}.`);
  const body = Buffer.alloc(n);
  for (let i = 0; i < n; i++) body[i] = i % 256;
  return { status: 200, headers: { 'Content-Type': 'application/octet-stream' }, body };
}
