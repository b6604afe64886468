import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BadRequest, InternalServerError } from '../../lib/errors/http-errors.js';
import { InvalidResponse } from '../../lib/errors/transport-errors.js';
import { HTTPClient } from '../../lib/session/http-client.js';
import { V3Password } from '../../plugins/keystone/v3-password.js';
import { captureDebug } from '../helpers/capture-debug.js';
import { sendJson, startLoopback } from '../helpers/loopback-server.js';
import { CONTROLS, RAW_CONTROL, rejection } from './helpers/hostile.js';

const hostile = `Invalid flavor${CONTROLS.join('')} requested`;

let server: Awaited<ReturnType<typeof startLoopback>>;
beforeAll(async () => {
  server = await startLoopback((req, res) => {
    if (req.url === '/v3/auth/tokens') {
      sendJson(res, 201, { token: { expires_at: `soon${CONTROLS.join('')}`, methods: ['password'], catalog: [] } }, { 'X-Subject-Token': 'tok' });
    } else if (req.url === '/json') {
      const body = JSON.stringify({ badRequest: { code: 400, message: hostile, details: `more${CONTROLS.join('')}` } });
      res.writeHead(400, { 'Content-Type': 'application/json', 'x-openstack-request-id': 'req-\x9b2J' });
      res.end(body);
    } else {
      res.writeHead(500, { 'Content-Type': req.url === '/html' ? 'text/html' : 'text/plain' });
      res.end(req.url === '/html' ? `<html><title>Oops${CONTROLS.join('')}</title><body>${hostile}</body></html>` : hostile);
    }
  });
});
afterAll(() => server.close());

describe('control characters a server sends', () => {
  it.each([
    ['JSON', '/json', BadRequest],
    ['plain text', '/text', InternalServerError],
    ['HTML', '/html', InternalServerError],
  ])('in a %s error body are escaped in err.message, serverMessage and the debug log', async (_kind, path, Class) => {
    const http = new HTTPClient({ retry: false });
    let err: Error | undefined;
    const debug = await captureDebug(async () => { err = await rejection(http.request('GET', `${server.url}${path}`)); });
    expect(err).toBeInstanceOf(Class);
    const e = err as BadRequest;
    for (const text of [e.message, e.serverMessage ?? '', e.details ?? '', e.requestId ?? '', debug]) expect(text).not.toMatch(RAW_CONTROL);
    expect(e.serverMessage).toContain('\\x1b[2J');
    expect(e.serverMessage).toContain('\\x1b]0;owned\\x07');
    expect(e.serverMessage).toContain('\\x00');
    expect(e.serverMessage).toContain('\\x9b31m');
    expect(e.message).toContain(e.serverMessage);
  });

  it('in any typed error that quotes a server value (a token answer with a hostile expires_at)', async () => {
    const http = new HTTPClient({ retry: false, authPlugin: new V3Password({
      authUrl: `${server.url}/v3`, username: 'demo', password: 'pw-1234', userDomainName: 'Default', projectName: 'demo', projectDomainName: 'Default',
    }) });
    const err = await rejection(http.authenticate());
    expect(err).toBeInstanceOf(InvalidResponse);
    expect(err.message).toContain('expires_at "soon\\x1b[2J');
    expect(err.message).not.toMatch(RAW_CONTROL);
  });

  it('in a request id header (bytes 0x80-0x9f arrive as C1 characters)', async () => {
    const err = await rejection(new HTTPClient({ retry: false }).request('GET', `${server.url}/json`)) as BadRequest;
    expect(err.requestId).toBe('req-\\x9b2J');
  });
});
