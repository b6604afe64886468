import { STATUS_CODES } from 'node:http';
import { isPrintableText, mediaType, previewBody } from './body-preview.js';
import { shownProxy } from './proxy-url.js';
import { redactBody, redactHeaders, redactUrl } from './redact.js';
import { shellQuote, shellWord } from './shell-quote.js';

/** A request as the curl log shows it. Headers are the ones sent, token headers included (they get hashed). */
export interface CurlRequestInfo {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body?: string | Buffer;
  /** TLS verification off: adds `--insecure`. */
  insecure?: boolean;
  /** CA bundle path: adds `--cacert 'path'`. */
  cacert?: string;
  /** The forward proxy the request went through: adds `-x 'url'`, its password as `***`. */
  proxy?: string;
  /** More header names to hash, e.g. the ones a signing plugin adds. */
  secretHeaders?: Iterable<string>;
  /** Request bodies longer than this are left out of the line. @default 65536 */
  maxBodyBytes?: number;
  /** A body streamed from a file (shown as `--data-binary @'path'`) or a stream (shown as a placeholder), never read for the log. */
  streamedBody?: { kind: string; length?: number | undefined; path?: string };
}

// curl computes these itself; a copied value would be wrong once a secret in the body is masked.
const SKIPPED_HEADERS = new Set(['content-length']);

// Case-insensitive and locale-free, so the order is the same on every machine.
function byName(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

function headerValue(headers: CurlRequestInfo['headers'], name: string): string | undefined {
  for (const [k, v] of Object.entries(headers)) {
    if (k.toLowerCase() === name) return Array.isArray(v) ? v[0] : v;
  }
  return undefined;
}

function bodyArgument(req: CurlRequestInfo): string | undefined {
  const streamed = req.streamedBody;
  if (streamed?.path !== undefined) return `--data-binary @${shellQuote(streamed.path)}`;
  const size = streamed?.length === undefined ? '' : ` of ${streamed.length} bytes`;
  if (streamed) return `--data-binary ${shellQuote(`<streamed ${streamed.kind} body${size}, not logged>`)}`;
  if (req.body === undefined) return undefined;
  const raw = typeof req.body === 'string' ? Buffer.from(req.body, 'utf8') : req.body;
  if (!isPrintableText(raw)) return `-d ${shellQuote(`<binary ${raw.length} bytes omitted>`)}`;
  if (raw.length > (req.maxBodyBytes ?? 65536)) return `-d ${shellQuote(`<body of ${raw.length} bytes omitted>`)}`;
  const text = redactBody(raw.toString('utf8'), mediaType(headerValue(req.headers, 'content-type'))) ?? '';
  // `-d @x` would read a file named x; --data-raw sends the text as it is.
  return `${text.startsWith('@') ? '--data-raw' : '-d'} ${shellQuote(text)}`;
}

/**
 * One line of valid bash that replays the request with curl, keystoneauth1 style:
 * `curl -g -i [--insecure | --cacert 'path'] [-x 'proxy'] -X METHOD 'url' -H 'Name: value' … -d '<body>'`.
 * Headers are sorted by name, tokens appear as `{SHA256}<hex>` (paste the token in its place
 * to replay), JSON secrets as `***`.
 *
 * @example
 * formatCurl({ method: 'GET', url: 'http://127.0.0.1:5000/v3/projects', headers: { 'X-Auth-Token': token } });
 * // curl -g -i -X GET 'http://127.0.0.1:5000/v3/projects' -H 'X-Auth-Token: {SHA256}…'
 */
export function formatCurl(req: CurlRequestInfo): string {
  const parts = ['curl', '-g', '-i'];
  if (req.insecure) parts.push('--insecure');
  else if (req.cacert) parts.push('--cacert', shellQuote(req.cacert));
  if (req.proxy) parts.push('-x', shellQuote(shownProxy(req.proxy)));
  const method = req.method.toUpperCase();
  // `-X HEAD` alone makes curl wait for a body that never comes; -I tells it there is none.
  if (method === 'HEAD') parts.push('-I');
  parts.push('-X', shellWord(method), shellQuote(redactUrl(req.url)));

  const headers = redactHeaders(req.headers, req.secretHeaders);
  const names = Object.keys(headers)
    .filter((n) => !SKIPPED_HEADERS.has(n.toLowerCase()))
    .sort(byName);
  for (const name of names) {
    const value = headers[name] ?? '';
    // `-H 'Name:'` would delete the header; `-H 'Name;'` sends it empty.
    parts.push('-H', shellQuote(value === '' ? `${name};` : `${name}: ${value}`));
  }
  const body = bodyArgument(req);
  if (body !== undefined) parts.push(body);
  return parts.join(' ');
}

/** A response as the log shows it. */
export interface ResponseLogInfo {
  status: number;
  statusMessage?: string;
  headers: Record<string, string | string[] | undefined>;
  rawBody: Buffer;
  method: string;
  url: string;
  /** Text bodies are cut here, with the total byte count. @default 4096 */
  maxBodyBytes?: number;
  /** Replace the catalog of a token response by `<N services: …>`. @default false */
  shortenCatalog?: boolean;
  secretHeaders?: Iterable<string>;
  /** More redaction of the body text before it is cut, e.g. the session's known secrets. */
  redactText?: (text: string) => string;
  /** The body is streamed to the caller: the log says so instead of showing it. */
  streamedBody?: boolean;
}

/**
 * The response block of the curl log: `RESP: [200] OK`, one `Name: value` line per
 * header (sorted, tokens hashed), then `RESP BODY: …` (JSON redacted, text cut at
 * `maxBodyBytes`, other content omitted with its byte count).
 */
export function formatResponse(res: ResponseLogInfo): string {
  const reason = res.statusMessage || STATUS_CODES[res.status] || '';
  const lines = [`RESP: [${res.status}]${reason ? ` ${reason}` : ''}`];
  const headers = redactHeaders(res.headers, res.secretHeaders);
  const names = Object.keys(headers).sort(byName);
  for (const name of names) lines.push(`${name}: ${headers[name] ?? ''}`);
  const options = { maxBodyBytes: res.maxBodyBytes ?? 4096, shortenCatalog: res.shortenCatalog ?? false, redactText: res.redactText };
  if (res.streamedBody) lines.push('RESP BODY: <streamed to the caller, not logged>');
  else lines.push(`RESP BODY: ${previewBody(res.rawBody, mediaType(headerValue(res.headers, 'content-type')), options)}`);
  return lines.join('\n');
}
