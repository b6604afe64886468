import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FakeResponse } from './router.js';

/** Read a whole request body; past `limit` bytes the rest is drained and `undefined` returned (→ 413). */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () => resolve(size <= limit ? Buffer.concat(chunks) : undefined));
    req.on('error', reject);
  });
}

export function isJsonType(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  return type === 'application/json' || type.endsWith('+json');
}

/** `{ok: false}` when the bytes are not JSON. An empty body is `undefined`. */
export function parseJson(raw: Buffer): { ok: true; value: unknown } | { ok: false } {
  if (raw.length === 0) return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(raw.toString('utf8')) as unknown };
  } catch {
    return { ok: false };
  }
}

/** Encode a FakeResponse body: objects as JSON, strings as text, Buffers as bytes; with a default Content-Type. */
export function encodeBody(body: unknown): { bytes: Buffer; contentType?: string } {
  if (body === undefined || body === null || body === '') return { bytes: Buffer.alloc(0) };
  if (Buffer.isBuffer(body)) return { bytes: body, contentType: 'application/octet-stream' };
  if (typeof body === 'string') return { bytes: Buffer.from(body), contentType: 'text/plain; charset=UTF-8' };
  return { bytes: Buffer.from(JSON.stringify(body)), contentType: 'application/json' };
}

/** Write a response with an exact Content-Length (keep-alive clients rely on it). */
export function writeResponse(res: ServerResponse, response: FakeResponse, defaults: Record<string, string>): void {
  const { bytes, contentType } = encodeBody(response.body);
  const headers: Record<string, string> = { ...defaults };
  if (contentType) headers['Content-Type'] = contentType;
  const lower = new Map(Object.keys(headers).map((k) => [k.toLowerCase(), k]));
  for (const [name, value] of Object.entries(response.headers ?? {})) {
    const existing = lower.get(name.toLowerCase());
    if (existing !== undefined) delete headers[existing];
    headers[name] = value;
    lower.set(name.toLowerCase(), name);
  }
  const noBody = response.status === 204 || response.status === 304 || (response.status >= 100 && response.status < 200);
  if (!noBody) headers['Content-Length'] = String(bytes.length);
  res.writeHead(response.status, headers);
  res.end(noBody ? undefined : bytes);
}
