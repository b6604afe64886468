import { afterEach, describe, expect, it } from 'vitest';
import * as errors from '../../lib/errors/index.js';
import { sendJson, startLoopback } from '../helpers/loopback-server.js';
import { HTTPClient } from '../../lib/session/http-client.js';

describe('HTTP errors over a real socket', () => {
  let server: Awaited<ReturnType<typeof startLoopback>>;
  afterEach(() => server.close());

  const cases: Array<[number, unknown, string, string]> = [
    [404, { itemNotFound: { message: 'Instance abc could not be found.', code: 404 } }, 'NotFound', 'Instance abc could not be found.'],
    [400, { badRequest: { message: 'Invalid flavorRef provided.', code: 400 } }, 'BadRequest', 'Invalid flavorRef provided.'],
    [500, { computeFault: { message: 'Unexpected API Error.', code: 500 } }, 'InternalServerError', 'Unexpected API Error.'],
    [409, { conflictingRequest: { message: 'Cannot reboot while in state BUILD', code: 409 } }, 'Conflict', 'Cannot reboot while in state BUILD'],
    [403, { error: { message: 'You are not authorized to perform the requested action: identity:list_projects.', code: 403, title: 'Forbidden' } }, 'Forbidden', 'You are not authorized to perform the requested action: identity:list_projects.'],
    [413, { overLimit: { message: 'Quota exceeded for instances', code: 413 } }, 'RequestEntityTooLarge', 'Quota exceeded for instances'],
  ];

  it.each(cases)('HTTP %i in the OpenStack shape → %s with the message', async (status, body, name, message) => {
    server = await startLoopback((_req, res) => sendJson(res, status as number, body, { 'x-compute-request-id': 'req-77' }));
    const error = await new HTTPClient({ retry: false }).request('GET', `${server.url}/servers/abc?token=s3cret`).catch((e: unknown) => e) as errors.HttpError;
    expect(error.name).toBe(name);
    expect(errors.isHttpError(error)).toBe(true);
    expect(error.status).toBe(status);
    expect(error.serverMessage).toBe(message);
    expect(error.requestId).toBe('req-77');
    expect(error.method).toBe('GET');
    expect(error.message).toContain(message);
    expect(error.message).not.toContain('s3cret');
  });

  it('an HTML error page from a proxy gives a 502 with its title, and a 429 keeps Retry-After', async () => {
    server = await startLoopback((req, res) => {
      if (req.url === '/html') {
        res.writeHead(502, { 'Content-Type': 'text/html' });
        res.end('<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1><p>nginx</p></body></html>');
      } else sendJson(res, 429, { message: 'slow down' }, { 'Retry-After': '7' });
    });
    const http = new HTTPClient({ retry: false });
    const html = await http.request('GET', `${server.url}/html`).catch((e: unknown) => e) as errors.HttpError;
    expect(html).toBeInstanceOf(errors.BadGateway);
    expect(html.serverMessage).toMatch(/Bad Gateway/);
    expect(html.message).not.toContain('<html>');
    const limited = await http.request('GET', `${server.url}/429`).catch((e: unknown) => e) as errors.TooManyRequests;
    expect(limited).toBeInstanceOf(errors.TooManyRequests);
    expect(limited.retryAfter).toBe(7);
  });
});
