import { HttpError, httpErrorClasses, type HttpErrorDetails } from './http-errors.js';
import { ActionFailed } from './action-failed.js';
import { htmlErrorText } from './html-error-page.js';
import { escapeControls } from '../log/body-preview.js';
import type { KnownSecrets } from '../log/known-secrets.js';
import { hashSecret, redactJsonText, redactUrl, scrubSecrets, TOKEN_HEADERS } from '../log/redact.js';

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

/** `maxLength`: where the message is cut (HTML and plain text are cut shorter than a JSON message). */
interface ServerError { message?: string; code?: string; details?: string; maxLength?: number; requestId?: string }
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

/**
 * The error shapes of action-style APIs, which may come with HTTP 200: Tencent Cloud's
 * `{"Response": {"Error": {"Code", "Message"}, "RequestId"}}` and Huawei Cloud's `{"error_code", "error_msg"}`.
 */
function fromVendorObject(o: Obj): ServerError | undefined {
  const response = isObj(o.Response) ? o.Response : undefined;
  if (response && isObj(response.Error)) {
    const requestId = str(response.RequestId);
    return { message: str(response.Error.Message), code: str(response.Error.Code), ...(requestId ? { requestId } : {}) };
  }
  if (str(o.error_code) !== undefined && o.error_msg !== undefined) {
    const requestId = str(o.request_id);
    return { message: str(o.error_msg), code: str(o.error_code), ...(requestId ? { requestId } : {}) };
  }
  return undefined;
}

/** The OpenStack error shapes, most specific first (after the action-style APIs' shapes). */
function fromObject(o: Obj): ServerError | undefined {
  const vendor = fromVendorObject(o);
  if (vendor) return vendor;
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

function fromText(text: string, contentType: string | undefined): ServerError | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (/^[[{]/.test(trimmed)) {
    const parsed = parseJson(trimmed);
    if (isObj(parsed)) return fromObject(parsed);
  }
  if ((contentType !== undefined && /html/i.test(contentType)) || /^\s*<(!doctype|html|head|title|body|h1)\b/i.test(trimmed)) {
    return { message: htmlErrorText(trimmed), maxLength: MAX_TEXT };
  }
  return { message: trimmed, maxLength: MAX_TEXT };
}

// Text is redacted whole before it is parsed and cut, so no cut can leave part of a secret for the redaction to miss.
function parseBody(body: unknown, contentType: string | undefined, hide: (text: string) => string): ServerError | undefined {
  if (Buffer.isBuffer(body)) return fromText(hide(body.toString('utf8')), contentType);
  if (typeof body === 'string') return fromText(hide(body), contentType);
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

/** Options of {@link fromResponse}. */
export interface FromResponseOptions {
  /** The session's secrets: their exact values are replaced in every text the error carries. */
  knownSecrets?: KnownSecrets;
}

/**
 * The typed error for a response with status >= 400: the class for the status
 * (NotFound, TooManyRequests, …, else HttpError), with the server's message, code and
 * details parsed from any OpenStack error body shape, the request id and Retry-After.
 * Server text is redacted (the exact values of `knownSecrets`; token shapes, secret JSON pairs), its control characters are escaped
 * (`\x1b`), and it is cut to a bound; an HTML page is read from its first 64 KiB only.
 *
 * @example
 * throw fromResponse({ status: 404, headers, body: { itemNotFound: { message: 'Instance x could not be found.', code: 404 } }, method: 'GET', url });
 */
export function fromResponse(res: ResponseLike, options: FromResponseOptions = {}): HttpError {
  const Class = httpErrorClasses.get(res.status) ?? HttpError;
  return new Class(errorDetails(res, parseBody, options));
}

/**
 * The {@link ActionFailed} for an action-style answer whose body (of any status, 200 included) holds a Tencent or
 * Huawei error; undefined when it holds none. Redacted as {@link fromResponse} redacts.
 */
export function fromActionResponse(res: ResponseLike, action: string, options: FromResponseOptions = {}): ActionFailed | undefined {
  let found = false;
  const vendorOnly: typeof parseBody = (body, contentType, hide) => {
    const object = isObj(body) ? body : typeof body === 'string' || Buffer.isBuffer(body) ? parseJson(hide(String(body))) : undefined;
    const vendor = isObj(object) ? fromVendorObject(object) : undefined;
    found = vendor !== undefined;
    return vendor;
  };
  const details = errorDetails(res, vendorOnly, options);
  return found ? new ActionFailed(action, details) : undefined;
}

function errorDetails(res: ResponseLike, parse: typeof parseBody, options: FromResponseOptions): HttpErrorDetails {
  const known = options.knownSecrets;
  // The exact values the session holds, then shapes: token formats, and `"password": "…"` pairs quoted in a message.
  const hide = (text: string) => redactJsonText(scrubSecrets(known ? known.redact(text) : text));
  const show = (text: string | undefined, max: number) => (text === undefined ? undefined : clean(escapeControls(hide(text)), max) || undefined);
  const parsed = parse(res.body, header(res.headers, 'content-type'), hide);
  const max = parsed?.maxLength ?? MAX_JSON_MESSAGE;
  const requestId = header(res.headers, 'x-openstack-request-id') ?? header(res.headers, 'x-compute-request-id')
    ?? header(res.headers, 'x-request-id') ?? parsed?.requestId;
  return {
    status: res.status,
    method: res.method.toUpperCase(),
    url: hide(redactUrl(res.url)),
    requestId: show(requestId, 200),
    serverMessage: show(parsed?.message, max),
    serverCode: show(parsed?.code, 100),
    details: show(parsed?.details, MAX_JSON_MESSAGE),
    retryAfter: parseRetryAfter(header(res.headers, 'retry-after')),
    headers: hideTokens(res.headers),
    body: res.body,
  };
}
