/**
 * The requests both signers are checked on, against the vendors' own SDKs: methods, odd and repeated query keys,
 * empty, JSON and binary bodies, extra headers, non-ASCII paths.
 */
export interface SignatureRow {
  name: string;
  method: string;
  /** The path as a user writes it (not percent-encoded). */
  path: string;
  query?: [string, string][];
  headers?: Record<string, string>;
  json?: Record<string, unknown>;
  binary?: Buffer;
}

const BINARY = Buffer.from([0x00, 0xff, 0x10, 0x80, 0x7f, 0x0a, 0x0d, 0xc3, 0x28, 0xfe]);
const ODD = "a b+c&d=e/f?g#h%i~j'k(l)m*n!o;p:q,r@s$t";

/** Rows for both vendors (Tencent's API takes GET and POST only; rows with other methods are Huawei's). */
export const SIGNATURE_ROWS: SignatureRow[] = [
  { name: 'GET, no query', method: 'GET', path: '/v2/servers' },
  { name: 'GET, simple query', method: 'GET', path: '/v2/servers', query: [['limit', '10'], ['offset', '0']] },
  { name: 'GET, repeated keys', method: 'GET', path: '/v2/servers', query: [['tag', 'b'], ['tag', 'a'], ['name', 'x'], ['tag', 'c']] },
  { name: 'GET, odd characters in keys and values', method: 'GET', path: '/v2/servers', query: [[ODD, ODD], ['ü', 'ß€😀'], ['empty', '']] },
  { name: 'GET, non-ASCII path', method: 'GET', path: '/v1/容器/ünïcode/😀' },
  { name: 'GET, extra headers', method: 'GET', path: '/v2/servers', headers: { 'X-Custom-Header': 'Value 1', 'x-another': 'two', 'X-Trace-Id': 'abc-123' } },
  { name: 'POST, empty body', method: 'POST', path: '/v2/servers/action' },
  { name: 'POST, JSON body', method: 'POST', path: '/v2/servers', json: { server: { name: 'ünïcode "web"', flavorRef: '1', n: 3, ok: true, tags: ['a', 'b'] } } },
  { name: 'POST, JSON body and query', method: 'POST', path: '/v2/servers', query: [['dry_run', 'true'], ['tag', '2'], ['tag', '1']], json: { a: 1 } },
  { name: 'POST, binary body', method: 'POST', path: '/v1/objects/blob', binary: BINARY, headers: { 'Content-Type': 'application/octet-stream' } },
  { name: 'POST, non-ASCII path and extra header', method: 'POST', path: '/v1/桶/对象', json: { k: 'v' }, headers: { 'X-Client-Token': 'idem-1' } },
  { name: 'PUT, JSON body', method: 'PUT', path: '/v2/servers/abc', json: { server: { name: 'renamed' } } },
  { name: 'PUT, binary body', method: 'PUT', path: '/v1/objects/ü.bin', binary: BINARY, headers: { 'Content-Type': 'application/octet-stream' } },
  { name: 'PATCH, JSON body', method: 'PATCH', path: '/v3/users/u1', json: { user: { enabled: false } } },
  { name: 'DELETE, query', method: 'DELETE', path: '/v2/servers/abc', query: [['force', 'true']] },
  { name: 'HEAD, no body', method: 'HEAD', path: '/v1/objects/blob' },
];

/** The URL of a row on `endpoint`, as the session builds it (query parameters appended in order). */
export function rowUrl(endpoint: string, row: SignatureRow): URL {
  const url = new URL(endpoint + row.path);
  for (const [k, v] of row.query ?? []) url.searchParams.append(k, v);
  return url;
}

/** The body bytes and headers the session sends for a row before signing (JSON encoded as buildRequest does). */
export function rowRequest(row: SignatureRow): { headers: Record<string, string>; body?: string | Buffer } {
  const headers: Record<string, string> = { Accept: 'application/json', 'User-Agent': 'stackclient/0.1.0', ...row.headers };
  if (row.json !== undefined) return { headers: { ...headers, 'Content-Type': 'application/json' }, body: JSON.stringify(row.json) };
  return row.binary === undefined ? { headers } : { headers, body: row.binary };
}

/** The query of a row as an object, repeated keys as arrays (how both SDKs take query parameters). */
export function rowQueryObject(row: SignatureRow): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of row.query ?? []) {
    const had = out[k];
    out[k] = had === undefined ? v : [...(Array.isArray(had) ? had : [had]), v];
  }
  return out;
}
