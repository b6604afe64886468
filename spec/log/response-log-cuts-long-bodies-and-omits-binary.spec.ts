import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatResponse } from '../../lib/log/curl.js';
import { hashSecret } from '../../lib/log/redact.js';
import { send, startLoopback, type Loopback } from './loopback.js';

interface Reply { status: number; headers: Record<string, string | string[]>; body: Buffer }
const replies: Record<string, Reply> = {
  '/long': { status: 200, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: Buffer.from('é'.repeat(3000)) },
  '/image': { status: 200, headers: { 'content-type': 'application/octet-stream' }, body: Buffer.from([0x51, 0x46, 0x49, 0xfb, 0, 0, 0, 3, 0xff]) },
  '/png': { status: 200, headers: { 'content-type': 'image/png' }, body: Buffer.from('\x89PNG fake but declared as png') },
  '/ansi': { status: 500, headers: { 'content-type': 'text/plain' }, body: Buffer.from('\x1b[2J\x1b]0;pwned\x07 boom\r\n') },
  '/empty': { status: 204, headers: {}, body: Buffer.alloc(0) },
  '/untyped-binary': { status: 200, headers: {}, body: Buffer.from([0xde, 0xad, 0xbe, 0xef, 0]) },
  '/token': {
    status: 201,
    headers: { 'content-type': 'application/json', 'x-subject-token': 'gAAAAAB-issued-token', 'x-openstack-request-id': 'req-1', vary: ['X-Auth-Token', 'Accept'] },
    body: Buffer.from(JSON.stringify({ token: { methods: ['password'], user: { name: 'admin' }, catalog: [{ type: 'identity' }, { type: 'compute' }, { type: 'database' }] } })),
  },
  '/big-json': {
    status: 200, headers: { 'content-type': 'application/json' },
    body: Buffer.from(JSON.stringify({ users: Array.from({ length: 200 }, (_v, i) => ({ id: `u${i}`, name: `user ${i}`, password: `pw-${i}` })) })),
  },
};

let server: Loopback;
beforeAll(async () => {
  server = await startLoopback((req, res) => {
    const r = replies[req.url]!;
    res.writeHead(r.status, r.headers);
    res.end(r.body);
  });
});
afterAll(() => server.close());

async function logOf(path: string, extra: { maxBodyBytes?: number; shortenCatalog?: boolean } = {}): Promise<string[]> {
  const res = await send(server.url + path);
  return formatResponse({ ...res, method: 'GET', url: server.url + path, ...extra }).split('\n');
}

describe('the response block of the log', () => {
  it('starts with the status line and lists headers sorted, tokens hashed', async () => {
    const lines = await logOf('/token');
    expect(lines[0]).toBe('RESP: [201] Created');
    const headerLines = lines.slice(1, -1);
    expect(headerLines.map((l) => l.split(':')[0])).toEqual(
      headerLines.map((l) => l.split(':')[0]).sort((a, b) => (a!.toLowerCase() < b!.toLowerCase() ? -1 : 1)),
    );
    expect(headerLines).toContain(`x-subject-token: ${hashSecret('gAAAAAB-issued-token')}`);
    expect(headerLines).toContain('vary: X-Auth-Token, Accept');
    expect(lines.join('\n')).not.toContain('gAAAAAB-issued-token');
  });

  it('shortens the catalog of a token response when asked', async () => {
    expect((await logOf('/token', { shortenCatalog: true })).at(-1))
      .toBe('RESP BODY: {"token":{"methods":["password"],"user":{"name":"admin"},"catalog":"<3 services: identity, compute, database>"}}');
    expect((await logOf('/token')).at(-1)).toContain('"catalog":[{"type":"identity"}');
  });

  it('cuts a long text body at the bound, on a character boundary, with the byte count', async () => {
    const body = (await logOf('/long', { maxBodyBytes: 101 })).at(-1)!;
    expect(body).toBe(`RESP BODY: ${'é'.repeat(50)}… (6000 bytes total)`);
    const byDefault = (await logOf('/long')).at(-1)!;
    expect(byDefault).toBe(`RESP BODY: ${'é'.repeat(2048)}… (6000 bytes total)`);
  });

  it('redacts a long JSON body before cutting it', async () => {
    const body = (await logOf('/big-json', { maxBodyBytes: 500 })).at(-1)!;
    expect(body).toMatch(/^RESP BODY: \{"users":\[\{"id":"u0","name":"user 0","password":"\*\*\*"\}/);
    expect(body).toMatch(/… \(\d+ bytes total\)$/);
    expect(body).not.toMatch(/pw-\d/);
  });

  it('omits binary and non-text bodies with their byte count', async () => {
    expect((await logOf('/image')).at(-1)).toBe('RESP BODY: omitted, 9 bytes of application/octet-stream');
    expect((await logOf('/png')).at(-1)).toMatch(/^RESP BODY: omitted, \d+ bytes of image\/png$/);
    expect((await logOf('/untyped-binary')).at(-1)).toBe('RESP BODY: omitted, 5 bytes of unknown content type');
  });

  it('shows control characters in text as \\xHH so a body cannot drive the terminal', async () => {
    expect((await logOf('/ansi')).slice(-2)).toEqual(['RESP BODY: \\x1b[2J\\x1b]0;pwned\\x07 boom\r', '']);
  });

  it('says (empty) for an empty body', async () => {
    const lines = await logOf('/empty');
    expect(lines[0]).toBe('RESP: [204] No Content');
    expect(lines.at(-1)).toBe('RESP BODY: (empty)');
  });
});
