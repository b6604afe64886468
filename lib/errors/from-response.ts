import { HttpError, httpErrorClasses } from './http-errors.js';
import { hashSecret, redactUrl, scrubSecrets, TOKEN_HEADERS } from '../log/redact.js';

/** What fromResponse() needs from a response with status >= 400. */
export interface ResponseLike {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** Decoded JSON, or a string (JSON text, plain text, HTML), or undefined. */
  body: unknown;
  method: string;
  /** Already redacted (it is redacted again to be sure). */
  url: string;
}

interface ServerError { message?: string; code?: string; details?: string }
type Obj = Record<string, unknown>;

const MAX_TEXT = 300;
const MAX_JSON_MESSAGE = 1000;
const MESSAGE_KEYS = ['message', 'faultstring', 'description', 'explanation', 'detail', 'error_description'];
// Wrappers that say nothing about the error; the code then comes from inside (Neutron's `type`, Keystone's `title`).
const GENERIC_WRAPPERS = new Set(['error', 'neutronerror', 'fault']);

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !Buffer.isBuffer(v);
}

function str(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return typeof v === 'string' && v.trim() !== '' ? v : undefined;
}

function clean(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

function pickMessage(o: Obj): string | undefined {
  for (const k of MESSAGE_KEYS) if (typeof o[k] === 'string' && (o[k] as string).trim()) return o[k] as string;
  return undefined;
}

function pickCode(o: Obj): string | undefined {
  return str(o.type) ?? str(o.faultcode) ?? str(o.title) ?? str(o.code);
}

function pickDetails(o: Obj, message: string | undefined): string | undefined {
  for (const k of ['details', 'detail', 'debuginfo']) {
    const v = o[k];
    if (v === message || v === null || v === undefined || v === '') continue;
    return typeof v === 'string' ? v : JSON.stringify(v);
  }
  return undefined;
}

function fromWrapper(key: string, inner: unknown): ServerError {
  if (typeof inner === 'string') return { message: inner, code: key };
  const o = inner as Obj;
  const message = pickMessage(o) ?? str(o.title);
  const code = GENERIC_WRAPPERS.has(key.toLowerCase()) ? pickCode(o) ?? key : key;
  return { message, code, details: pickDetails(o, message) };
}

/** The OpenStack error shapes, most specific first. */
function fromObject(o: Obj): ServerError | undefined {
  // JSON-API style (Placement): {"errors": [{"title", "detail", "code"}]}
  const first: unknown = Array.isArray(o.errors) ? o.errors[0] : undefined;
  if (isObj(first)) return { message: pickMessage(first) ?? str(first.title), code: str(first.code) ?? str(first.title) };
  // Ironic: {"error_message": "<JSON text with faultstring>"}
  if (o.error_message !== undefined) {
    const inner = typeof o.error_message === 'string' ? parseJson(o.error_message) ?? o.error_message : o.error_message;
    return isObj(inner) ? fromObject(inner) : { message: str(inner) };
  }
  // {"itemNotFound": {...}}, {"error": {...}}, {"NeutronError": {...}}; Heat also has a top-level explanation.
  const keys = Object.keys(o);
  const wrapper = [...keys].sort((a, b) => Number(b === 'error') - Number(a === 'error'))
    .find((k) => isObj(o[k]) && (pickMessage(o[k] as Obj) !== undefined || str((o[k] as Obj).title) !== undefined));
  if (wrapper !== undefined) return fromWrapper(wrapper, o[wrapper]);
  const message = pickMessage(o);
  if (message !== undefined) {
    // OAuth 2.0 (RFC 6749 §5.2): {"error": "invalid_grant", "error_description": "..."}
    return { message, code: pickCode(o) ?? str(o.error), details: pickDetails(o, message) };
  }
  const only = keys.length === 1 ? keys[0] : undefined;
  if (only !== undefined && typeof o[only] === 'string') return fromWrapper(only, o[only]);
  if (str(o.title) !== undefined) return { message: str(o.title) };
  return undefined;
}

function parseJson(text: string): unknown {
  try { return JSON.parse(text); } catch { return undefined; }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function htmlText(html: string): string {
  return html.replace(/<br\s*\/?>/gi, ' ').replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
      return ENTITIES[e.toLowerCase()] ?? m;
    })
    .replace(/\s+/g, ' ').trim();
}

/** An HTML error page: `<title>` (or `<h1>`), then the page's own explanation, without the server signature. */
function fromHtml(html: string): ServerError {
  const page = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '');
  const title = htmlText(/<title[^>]*>([\s\S]*?)<\/title>/i.exec(page)?.[1] ?? '');
  const h1 = htmlText(/<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(page)?.[1] ?? '');
  let body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(page)?.[1] ?? page;
  // nginx and Apache put their signature after an <hr>.
  const hr = body.search(/<hr\b[^>]*>(?![\s\S]*<hr\b)/i);
  if (hr >= 0) body = body.slice(0, hr);
  const rest = htmlText(body.replace(/<(title|h1)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<head\b[\s\S]*?<\/head>/i, ' '));
  const headline = title || h1;
  const message = headline && rest ? `${headline}: ${rest}` : headline || rest;
  return { message: clean(message, MAX_TEXT) };
}

function fromText(text: string, contentType: string | undefined): ServerError | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (/^[[{]/.test(trimmed)) {
    const parsed = parseJson(trimmed);
    if (isObj(parsed)) return fromObject(parsed);
  }
  if ((contentType !== undefined && /html/i.test(contentType)) || /^\s*<(!doctype|html|head|title|body|h1)\b/i.test(trimmed)) {
    return fromHtml(trimmed);
  }
  return { message: clean(trimmed, MAX_TEXT) };
}

function parseBody(body: unknown, contentType: string | undefined): ServerError | undefined {
  if (Buffer.isBuffer(body)) return fromText(body.toString('utf8'), contentType);
  if (typeof body === 'string') return fromText(body, contentType);
  if (isObj(body)) return fromObject(body);
  return undefined;
}

function header(headers: ResponseLike['headers'], name: string): string | undefined {
  for (const [k, v] of Object.entries(headers)) {
    if (k.toLowerCase() !== name) continue;
    const value = Array.isArray(v) ? v[0] : v;
    if (value !== undefined && value.trim() !== '') return value.trim();
  }
  return undefined;
}

/**
 * Seconds to wait from a `Retry-After` value: delta seconds, or an HTTP date
 * (seconds from `now`, never negative). undefined when absent or unreadable.
 */
export function parseRetryAfter(value: string | string[] | undefined, now = Date.now()): number | undefined {
  const v = (Array.isArray(value) ? value[0] : value)?.trim();
  if (!v) return undefined;
  if (/^\d+(\.\d+)?$/.test(v)) return Number(v);
  // An HTTP date always names the day or month; this keeps Date.parse from reading "-5" as a year.
  if (!/[a-z]/i.test(v)) return undefined;
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

function hideTokens(headers: ResponseLike['headers']): ResponseLike['headers'] {
  const out: ResponseLike['headers'] = {};
  for (const [k, v] of Object.entries(headers)) {
    out[k] = v !== undefined && TOKEN_HEADERS.has(k.toLowerCase()) ? hashSecret(Array.isArray(v) ? v.join(', ') : v) : v;
  }
  return out;
}

/**
 * The typed error for a response with status >= 400: the class for the status
 * (NotFound, TooManyRequests, …, else HttpError), with the server's message, code and
 * details parsed from any OpenStack error body shape, the request id and Retry-After.
 *
 * @example
 * throw fromResponse({ status: 404, headers, body: { itemNotFound: { message: 'Instance x could not be found.', code: 404 } }, method: 'GET', url });
 */
export function fromResponse(res: ResponseLike): HttpError {
  const parsed = parseBody(res.body, header(res.headers, 'content-type'));
  const message = parsed?.message === undefined ? undefined : scrubSecrets(clean(parsed.message, MAX_JSON_MESSAGE));
  const details = parsed?.details === undefined ? undefined : scrubSecrets(clean(parsed.details, MAX_JSON_MESSAGE));
  const retryAfter = parseRetryAfter(header(res.headers, 'retry-after'));
  const Class = httpErrorClasses.get(res.status) ?? HttpError;
  return new Class({
    status: res.status,
    method: res.method.toUpperCase(),
    url: redactUrl(res.url),
    requestId: header(res.headers, 'x-openstack-request-id') ?? header(res.headers, 'x-compute-request-id'),
    serverMessage: message || undefined,
    serverCode: parsed?.code === undefined ? undefined : clean(parsed.code, 100),
    details: details || undefined,
    retryAfter,
    headers: hideTokens(res.headers),
    body: res.body,
  });
}
