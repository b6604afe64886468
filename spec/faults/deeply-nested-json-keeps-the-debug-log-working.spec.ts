import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InternalServerError } from '../../lib/errors/http-errors.js';
import { HTTPClient } from '../../lib/session/http-client.js';
import { captureDebug } from '../helpers/capture-debug.js';
import { startLoopback } from '../helpers/loopback-server.js';
import { rejection } from './helpers/hostile.js';

// 200,000 levels of arrays: JSON.parse reads it, but a recursive walk of it overflowed the stack, so with the debug log
// on the request failed with a RangeError instead of its answer.
const DEPTH = 200_000;
const deep = `${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}`;

let server: Awaited<ReturnType<typeof startLoopback>>;
beforeAll(async () => {
  server = await startLoopback((req, res) => {
    res.writeHead(req.url === '/ok' ? 200 : 500, { 'Content-Type': 'application/json' });
    res.end(deep);
  });
});
afterAll(() => server.close());

describe('a deeply nested JSON body with the debug log on', () => {
  it('a 200 is answered, and the log shows a marker past 200 levels', async () => {
    const http = new HTTPClient({ retry: false });
    let status = 0;
    const debug = await captureDebug(async () => { status = (await http.request('GET', `${server.url}/ok`)).status; });
    expect(status).toBe(200);
    expect(debug).toContain('<nested deeper than 200 levels>');
  });

  it('a 500 is the typed error', async () => {
    let err: Error | undefined;
    await captureDebug(async () => { err = await rejection(new HTTPClient({ retry: false }).request('GET', `${server.url}/fail`)); });
    expect(err).toBeInstanceOf(InternalServerError);
  });
});
