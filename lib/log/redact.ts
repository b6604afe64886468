import { createHash } from 'node:crypto';

/**
 * Redaction shared by the curl log, error messages and timing records.
 * Tokens become `{SHA256}<hex>` (as keystoneauth1 prints them, so a reader can
 * match a log line to a token they hold); passwords and secrets become `***`.
 */

/** `'{SHA256}' + sha256 hex of value`, the form keystoneauth1 logs tokens in. */
export function hashSecret(value: string): string {
  return `{SHA256}${createHash('sha256').update(value, 'utf8').digest('hex')}`;
}

/** Lowercase names of headers whose value is a credential. */
export const TOKEN_HEADERS: ReadonlySet<string> = new Set([
  'authorization', 'x-auth-token', 'x-subject-token', 'x-service-token', 'proxy-authorization',
  'cookie', 'set-cookie',
]);

// Authorization-style headers keep their scheme so the line stays readable and replayable.
const SCHEME_HEADERS = new Set(['authorization', 'proxy-authorization']);
const SCHEME = /^([A-Za-z][\w.-]*) (\S.*)$/s;

function headerValue(value: string | string[]): string {
  return Array.isArray(value) ? value.join(', ') : value;
}

/**
 * Copy of `headers` with every token header hashed. Header names keep their case;
 * arrays are joined with `, `; undefined values are dropped.
 */
export function redactHeaders(
  headers: Record<string, string | string[] | undefined>,
  extraSecretHeaders?: Iterable<string>,
): Record<string, string> {
  const extra = extraSecretHeaders ? new Set([...extraSecretHeaders].map((h) => h.toLowerCase())) : undefined;
  const out: Record<string, string> = {};
  for (const [name, raw] of Object.entries(headers)) {
    if (raw === undefined) continue;
    const value = headerValue(raw);
    const lower = name.toLowerCase();
    if (!TOKEN_HEADERS.has(lower) && !extra?.has(lower)) {
      out[name] = value;
      continue;
    }
    const scheme = SCHEME_HEADERS.has(lower) ? SCHEME.exec(value) : null;
    out[name] = scheme ? `${scheme[1]} ${hashSecret(scheme[2] ?? '')}` : hashSecret(value);
  }
  return out;
}

/** Keys whose string value is a secret (matched on the lowercased key). */
const SECRET_KEY = /(pass(word|phrase|code)?|passwd|secret|secret_?(access_?)?key|token|private_?key|api_?key|credential|signature|_sig|payload)s?$/;
/** Keys that are secret only inside a parent of that kind: v2 `token.id`, EC2 `credential.blob`. */
const SECRET_CHILD: ReadonlyArray<readonly [RegExp, string]> = [[/tokens?$/, 'id'], [/credentials?$/, 'blob']];
const CATALOG_KEYS = new Set(['catalog', 'servicecatalog']);

/** Options for {@link redactJsonValue}. */
export interface RedactJsonOptions {
  /** Replace a token's `catalog`/`serviceCatalog` array by `"<N services: identity, compute>"`. @default false */
  shortenCatalog?: boolean;
}

/** True for a JSON or form key whose value is a secret: password, adminPass, secret, token, … */
export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key.toLowerCase());
}

function summarizeCatalog(catalog: unknown[]): string {
  const types = catalog.map((s) => {
    const entry = s as { type?: unknown; name?: unknown } | null;
    const t = entry?.type ?? entry?.name;
    return typeof t === 'string' ? t : '?';
  });
  return `<${catalog.length} services: ${types.join(', ')}>`;
}

// Numbers too: a TOTP passcode or a PIN may arrive unquoted.
function isScalar(v: unknown): v is string | number {
  return typeof v === 'string' || typeof v === 'number';
}

interface Walk { changed: boolean; options: RedactJsonOptions }

/** Deeper values are replaced by a marker: a hostile `[[[[…]]]]` must not overflow the stack of a log line. */
const MAX_DEPTH = 200;
const TOO_DEEP = `<nested deeper than ${MAX_DEPTH} levels>`;

function isSecretChild(parent: string | undefined, key: string): boolean {
  return parent !== undefined && SECRET_CHILD.some(([p, k]) => k === key && p.test(parent));
}

// `parent` is the lowercased key holding `value` (arrays pass their own key down to their items).
function walk(value: unknown, parent: string | undefined, state: Walk, depth = 0): unknown {
  if (depth > MAX_DEPTH && value !== null && typeof value === 'object') { state.changed = true; return TOO_DEEP; }
  if (Array.isArray(value)) {
    const secret = parent !== undefined && SECRET_KEY.test(parent);
    return value.map((v) => {
      if (secret && isScalar(v)) { state.changed = true; return '***'; }
      return walk(v, parent, state, depth + 1);
    });
  }
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    const lower = key.toLowerCase();
    const secret = SECRET_KEY.test(lower) || isSecretChild(parent, lower);
    if (secret && isScalar(child)) {
      out[key] = '***';
      state.changed = true;
    } else if (state.options.shortenCatalog && CATALOG_KEYS.has(lower) && Array.isArray(child)) {
      out[key] = summarizeCatalog(child);
      state.changed = true;
    } else {
      out[key] = walk(child, lower, state, depth + 1);
    }
  }
  return out;
}

/**
 * Deep copy of a decoded JSON value with secret string (and number) values (password, adminPass,
 * secret, token, the `id` of a v2 `token` object, a credential `blob`, …) replaced by `***`.
 * A secret-named key whose value is an object is walked, not replaced.
 */
export function redactJsonValue(value: unknown, options: RedactJsonOptions = {}): unknown {
  return walk(value, undefined, { changed: false, options });
}

/** Like redactJsonValue, and says whether anything was replaced (so callers can keep the original text). */
export function redactJsonChanged(value: unknown, options: RedactJsonOptions = {}): { value: unknown; changed: boolean } {
  const state: Walk = { changed: false, options };
  return { value: walk(value, undefined, state), changed: state.changed };
}

function looksLikeJson(text: string, contentType?: string): boolean {
  return (contentType !== undefined && /json/i.test(contentType)) || /^\s*[[{]/.test(text);
}

// For JSON that does not parse (cut short, or not quite JSON): replace `"secret": "value"` pairs by pattern.
const JSON_PAIR = /("([^"\\]*)"\s*:\s*)"(?:[^"\\]|\\.)*(?:"|\\?$)/g;

/** `"password": "…"`-style pairs (any secret key) in text that is not parsed as JSON: JSON cut short, a message quoting a body. */
export function redactJsonText(text: string): string {
  return text.replace(JSON_PAIR, (m, prefix: string, key: string) => (isSecretKey(key) ? `${prefix}"***"` : m));
}

function redactForm(text: string): string {
  return text.split('&').map((pair) => {
    const eq = pair.indexOf('=');
    if (eq < 0) return pair;
    const key = safeDecode(pair.slice(0, eq));
    return isSecretKey(key) ? `${pair.slice(0, eq)}=***` : pair;
  }).join('&');
}

function safeDecode(s: string): string {
  try { return decodeURIComponent(s.replace(/\+/g, ' ')); } catch { return s; }
}

/**
 * A request or response body for a log line: JSON with secrets replaced (the original
 * text when nothing needed replacing, so the log shows the body as sent), form bodies with
 * secret fields replaced, other text unchanged.
 */
export function redactBody(body: string | Buffer | undefined, contentType?: string, options: RedactJsonOptions = {}): string | undefined {
  if (body === undefined) return undefined;
  const text = typeof body === 'string' ? body : body.toString('utf8');
  if (contentType && /application\/x-www-form-urlencoded/i.test(contentType)) return redactForm(text);
  if (!looksLikeJson(text, contentType)) return text;
  let parsed: unknown;
  try { parsed = JSON.parse(text); } catch { return redactJsonText(text); }
  const result = redactJsonChanged(parsed, options);
  return result.changed ? JSON.stringify(result.value) : text;
}

const SCHEME_PREFIX = /^[a-z][a-z\d+.-]*:\/\//i;

function dropPassword(s: string): string {
  const scheme = SCHEME_PREFIX.exec(s)?.[0];
  if (!scheme) return s;
  const rest = s.slice(scheme.length);
  const authorityEnd = rest.search(/[/?#]/);
  const authority = authorityEnd < 0 ? rest : rest.slice(0, authorityEnd);
  // The last '@' ends the userinfo, as in WHATWG URL parsing; a password may itself hold '@'.
  const at = authority.lastIndexOf('@');
  if (at < 0) return s;
  const info = authority.slice(0, at);
  const colon = info.indexOf(':');
  if (colon < 0) return s;
  return scheme + info.slice(0, colon) + rest.slice(at);
}

// Keystone v2.0 puts the token in the path: GET/DELETE /v2.0/tokens/{token}[/endpoints].
const TOKEN_IN_PATH = /(\/tokens\/)([^/?#]+)/g;

/**
 * URL without a userinfo password, a token in a `/tokens/{token}` path segment shown as {SHA256}<hex>, and with the values of secret query keys
 * (token, password, secret, signature, temp_url_sig, …) replaced by `***`.
 * Everything else is kept byte for byte.
 */
export function redactUrl(url: string | URL): string {
  let s = typeof url === 'string' ? url : url.href;
  if (s.includes('/tokens/')) s = s.replace(TOKEN_IN_PATH, (_m, prefix: string, token: string) => prefix + hashSecret(safeDecode(token)));
  if (!s.includes('@') && !s.includes('?')) return s;
  s = dropPassword(s);
  const q = s.indexOf('?');
  if (q < 0) return s;
  const hash = s.indexOf('#', q);
  const end = hash < 0 ? s.length : hash;
  return s.slice(0, q + 1) + redactForm(s.slice(q + 1, end)) + s.slice(end);
}

// Self-describing token formats that a server may echo into an error message. Each match runs to the end of a run
// of token characters and cannot fail after that, so the scan stays linear (see scrubJwts for the JWT).
const TOKEN_PATTERNS: RegExp[] = [
  /\bgAAAAA[\w-]{40,}={0,2}/g, // Fernet
  /\bMII[A-Za-z0-9+/=-]{100,}/g, // PKI/PKIZ
];

const isWordChar = (c: string | undefined) => c !== undefined && /\w/.test(c);
const isSegmentChar = (c: string | undefined) => c !== undefined && /[\w-]/.test(c);

/** The end of the run of base64url characters that starts at `from`. */
function segmentEnd(text: string, from: number): number {
  let i = from;
  while (isSegmentChar(text[i])) i++;
  return i;
}

/**
 * JWTs (`eyJ<8+>.eyJ<8+>.<signature>`) replaced by their hash. A regular expression for this backtracks over each
 * `eyJ` of a run such as `eyJ-eyJ-…` (seconds for 64 KiB); here a failed candidate skips its whole first segment,
 * since any start inside it would end that segment at the same place and fail the same way.
 */
function scrubJwts(text: string): string {
  let out = '';
  let copied = 0;
  let at = text.indexOf('eyJ');
  while (at >= 0) {
    let next = at + 3;
    if (!isWordChar(text[at - 1])) {
      const end1 = segmentEnd(text, at + 3);
      next = end1;
      if (end1 - at - 3 >= 8 && text[end1] === '.' && text.startsWith('eyJ', end1 + 1)) {
        const end2 = segmentEnd(text, end1 + 4);
        if (end2 - end1 - 4 >= 8 && text[end2] === '.') {
          const end3 = segmentEnd(text, end2 + 1);
          out += text.slice(copied, at) + hashSecret(text.slice(at, end3));
          copied = end3;
          next = end3;
        }
      }
    }
    at = text.indexOf('eyJ', next);
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** Replace token-shaped substrings (Fernet, JWT, PKI) in free text by their hash, in time linear in the text. */
export function scrubSecrets(text: string): string {
  let out = scrubJwts(text);
  for (const re of TOKEN_PATTERNS) out = out.replace(re, (m) => hashSecret(m));
  return out;
}
