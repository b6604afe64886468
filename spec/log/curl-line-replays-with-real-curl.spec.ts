import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatCurl, type CurlRequestInfo } from '../../lib/log/curl.js';
import { hashSecret } from '../../lib/log/redact.js';
import { startLoopback, type Loopback } from './loopback.js';

const run = promisify(execFile);
const token = 'gAAAAABnQ2mZ-replay-token_0123456789abcdefghijklmnopqrstuvwxyzABCDEFGH';
const subject = 'gAAAAABnQ2mZ-subject-token_9876543210zyxwvutsrqponmlkjihgfedcbaZYXWVUTS';

let server: Loopback;
beforeAll(async () => { server = await startLoopback(); });
afterAll(() => server.close());

/** What a reader does with a logged line: put the real tokens back, paste it into bash. */
async function replay(line: string): Promise<void> {
  const pasted = line.replaceAll(hashSecret(token), token).replaceAll(hashSecret(subject), subject);
  expect(pasted).not.toBe(line);
  await run('bash', ['-c', pasted], { timeout: 10_000 });
}

const common = { Accept: 'application/json', 'User-Agent': 'stackclient/0.1.0 test', 'X-Auth-Token': token };

const requests: [string, CurlRequestInfo][] = [
  ['GET with a query', { method: 'GET', url: '/v2.1/servers/detail?limit=10&name=web%201&tags=a,b', headers: common }],
  ['POST JSON with quotes, $, backticks and escapes', {
    method: 'POST', url: '/v2.1/servers',
    headers: { ...common, 'Content-Type': 'application/json' },
    body: JSON.stringify({ server: { name: "it's a \"test\"", user_data: '#!/bin/sh\necho $HOME `id` $(date)', metadata: { 'k\'ey': '\\' } } }),
  }],
  ['PUT text with raw newlines and tabs', {
    method: 'PUT', url: '/v1/AUTH_x/container/obj',
    headers: { ...common, 'Content-Type': 'text/plain; charset=utf-8' },
    body: Buffer.from("first line\nsecond 'line'\n\tthird $PATH `x` \\ end\n", 'utf8'),
  }],
  ['PATCH body that starts with @', {
    method: 'PATCH', url: '/v2/images/1', headers: { ...common, 'Content-Type': 'text/plain' }, body: '@not-a-file',
  }],
  ['DELETE with two token headers', {
    method: 'DELETE', url: '/v3/auth/tokens', headers: { ...common, 'X-Subject-Token': subject },
  }],
  ['HEAD', { method: 'HEAD', url: '/v3/auth/tokens', headers: { ...common, 'X-Subject-Token': subject } }],
  ['Authorization with a scheme and an empty header', {
    method: 'GET', url: '/v1/secrets', headers: { Authorization: `Bearer ${token}`, 'X-Empty': '', 'X-Multi': ['a', 'b'] },
  }],
];

describe('a logged curl line replays the same request with real curl', () => {
  it.each(requests)('%s', async (_name, info) => {
    const url = server.url + info.url;
    const line = formatCurl({ ...info, url });
    expect(line).not.toContain(token);
    expect(line).not.toContain(subject);
    const before = server.received.length;

    await replay(line);

    expect(server.received.length).toBe(before + 1);
    const got = server.received.at(-1)!;
    expect(got.method).toBe(info.method);
    expect(got.url).toBe(info.url);
    for (const [name, value] of Object.entries(info.headers)) {
      expect(got.headers[name.toLowerCase()], name).toBe(Array.isArray(value) ? value.join(', ') : value);
    }
    const sent = info.body === undefined ? Buffer.alloc(0) : Buffer.from(info.body);
    expect(got.body.equals(sent)).toBe(true);
  });
});
