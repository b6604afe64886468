import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromResponse } from '../../lib/errors/from-response.js';
import { InternalServerError } from '../../lib/errors/http-errors.js';
import { hashSecret, scrubSecrets } from '../../lib/log/redact.js';
import { HTTPClient } from '../../lib/session/http-client.js';
import { captureDebug } from '../helpers/capture-debug.js';
import { startLoopback } from '../helpers/loopback-server.js';
import { rejection } from './helpers/hostile.js';

const MiB = 1024 * 1024;
// The JWT pattern was a backtracking regular expression: 64 KiB of `eyJ-` took 11 s, 256 KiB 124 s.
const LIMIT_MS = 1000;
const JWT = `eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJkZW1vIiwiZXhwIjo0MTAyNDQ0ODAwfQ.${'s1G-n4_tUrE'.repeat(8)}`;

const bodies: Record<string, string> = {
  '/eyj': 'eyJ-'.repeat(MiB / 4),
  '/dots': 'eyJaaaaaaaaa.'.repeat(MiB / 13),
  '/fernet': 'gAAAAA-'.repeat(MiB / 7),
  '/pki': 'MII+'.repeat(MiB / 4),
};

let server: Awaited<ReturnType<typeof startLoopback>>;
beforeAll(async () => {
  server = await startLoopback((req, res) => {
    res.writeHead(500, { 'Content-Type': 'text/plain' });
    res.end(bodies[req.url] ?? '');
  });
});
afterAll(() => server.close());

describe('token shapes are scrubbed from a hostile body in linear time', () => {
  it.each(Object.keys(bodies))('1 MiB of %s: the error and the debug log in well under a second', async (path) => {
    const http = new HTTPClient({ retry: false });
    let err: Error | undefined;
    const start = performance.now();
    await captureDebug(async () => { err = await rejection(http.request('GET', `${server.url}${path}`)); });
    expect(performance.now() - start).toBeLessThan(LIMIT_MS);
    expect(err).toBeInstanceOf(InternalServerError);
  });

  it('a JWT is still found, at the start, inside text and after near misses', () => {
    const nearMiss = 'eyJ-short.eyJ x eyJaaaaaaaaa.eyJb.c ';
    expect(scrubSecrets(JWT)).toBe(hashSecret(JWT));
    expect(scrubSecrets(`${nearMiss}token=${JWT}; end`)).toBe(`${nearMiss}token=${hashSecret(JWT)}; end`);
    expect(scrubSecrets(`x${JWT}`)).toBe(`x${JWT}`);
    const err = fromResponse({ status: 401, headers: {}, body: `Invalid token ${JWT}`, method: 'GET', url: 'http://127.0.0.1:1/' });
    expect(err.message).toContain(hashSecret(JWT));
  });
});
