import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BadRequest, Conflict, Forbidden, HttpError, InternalServerError, NotFound, RequestEntityTooLarge,
  ServiceUnavailable, TooManyRequests, Unauthorized, BadGateway, type HttpErrorClass,
} from '../../lib/errors/http-errors.js';
import { fromResponse } from '../../lib/errors/from-response.js';
import { send, startLoopback, type Loopback } from '../log/loopback.js';

interface Case {
  name: string;
  status: number;
  contentType: string;
  body: string;
  cls: HttpErrorClass;
  message: string;
  code?: string;
  details?: string;
}

const json = (v: unknown) => JSON.stringify(v);

// Shapes as the services document them (nova, keystone, neutron, glance, heat, placement, ironic, octavia).
const cases: Case[] = [
  { name: 'nova itemNotFound', status: 404, contentType: 'application/json', cls: NotFound,
    body: json({ itemNotFound: { message: 'Instance 9e2f could not be found.', code: 404 } }),
    message: 'Instance 9e2f could not be found.', code: 'itemNotFound' },
  { name: 'nova badRequest', status: 400, contentType: 'application/json', cls: BadRequest,
    body: json({ badRequest: { message: "Invalid input for field/attribute flavorRef.", code: 400 } }),
    message: 'Invalid input for field/attribute flavorRef.', code: 'badRequest' },
  { name: 'nova computeFault with details', status: 500, contentType: 'application/json', cls: InternalServerError,
    body: json({ computeFault: { message: 'Unexpected API Error.', code: 500, details: 'Traceback: boom' } }),
    message: 'Unexpected API Error.', code: 'computeFault', details: 'Traceback: boom' },
  { name: 'nova conflictingRequest', status: 409, contentType: 'application/json', cls: Conflict,
    body: json({ conflictingRequest: { message: "Cannot 'reboot' instance while it is in task_state rebooting", code: 409 } }),
    message: "Cannot 'reboot' instance while it is in task_state rebooting", code: 'conflictingRequest' },
  { name: 'nova overLimit', status: 413, contentType: 'application/json', cls: RequestEntityTooLarge,
    body: json({ overLimit: { message: 'Quota exceeded for instances: Requested 1, but already used 10 of 10 instances', code: 413 } }),
    message: 'Quota exceeded for instances: Requested 1, but already used 10 of 10 instances', code: 'overLimit' },
  { name: 'nova forbidden', status: 403, contentType: 'application/json', cls: Forbidden,
    body: json({ forbidden: { message: 'Policy doesn\'t allow os_compute_api:servers:create to be performed.', code: 403 } }),
    message: 'Policy doesn\'t allow os_compute_api:servers:create to be performed.', code: 'forbidden' },
  { name: 'keystone error', status: 401, contentType: 'application/json', cls: Unauthorized,
    body: json({ error: { code: 401, message: 'The request you have made requires authentication.', title: 'Unauthorized' } }),
    message: 'The request you have made requires authentication.', code: 'Unauthorized' },
  { name: 'neutron NeutronError', status: 404, contentType: 'application/json', cls: NotFound,
    body: json({ NeutronError: { type: 'NetworkNotFound', message: 'Network 5e1a could not be found.', detail: '' } }),
    message: 'Network 5e1a could not be found.', code: 'NetworkNotFound' },
  { name: 'top-level message', status: 400, contentType: 'application/json', cls: BadRequest,
    body: json({ message: 'Invalid volume size', code: 'InvalidInput' }), message: 'Invalid volume size', code: 'InvalidInput' },
  { name: 'octavia faultstring', status: 400, contentType: 'application/json', cls: BadRequest,
    body: json({ faultcode: 'Client', faultstring: 'Invalid input for field/attribute vip_subnet_id.', debuginfo: null }),
    message: 'Invalid input for field/attribute vip_subnet_id.', code: 'Client' },
  { name: 'title and description', status: 404, contentType: 'application/json', cls: NotFound,
    body: json({ title: 'Not Found', description: 'Queue my-queue does not exist.' }),
    message: 'Queue my-queue does not exist.', code: 'Not Found' },
  { name: 'heat error with explanation', status: 404, contentType: 'application/json', cls: NotFound,
    body: json({ explanation: 'The resource could not be found.', code: 404, title: 'Not Found',
      error: { message: 'The Stack (web) could not be found.', traceback: null, type: 'EntityNotFound' } }),
    message: 'The Stack (web) could not be found.', code: 'EntityNotFound' },
  { name: 'placement errors list', status: 409, contentType: 'application/json', cls: Conflict,
    body: json({ errors: [{ status: 409, title: 'Conflict', detail: 'resource provider generation conflict', code: 'placement.concurrent_update' }] }),
    message: 'resource provider generation conflict', code: 'placement.concurrent_update' },
  { name: 'ironic error_message JSON string', status: 400, contentType: 'application/json', cls: BadRequest,
    body: json({ error_message: json({ faultstring: 'Node abc could not be found.', faultcode: 'Client', debuginfo: null }) }),
    message: 'Node abc could not be found.', code: 'Client' },
  { name: 'oauth error', status: 400, contentType: 'application/json', cls: BadRequest,
    body: json({ error: 'invalid_grant', error_description: 'Bad user credentials' }),
    message: 'Bad user credentials', code: 'invalid_grant' },
  { name: 'rate limited', status: 429, contentType: 'application/json', cls: TooManyRequests,
    body: json({ overLimit: { message: 'This request was rate-limited.', code: 429 } }),
    message: 'This request was rate-limited.', code: 'overLimit' },
  { name: 'plain text', status: 503, contentType: 'text/plain', cls: ServiceUnavailable,
    body: 'Service temporarily\n  unavailable, try again', message: 'Service temporarily unavailable, try again' },
  { name: 'nginx html', status: 502, contentType: 'text/html', cls: BadGateway,
    body: '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.22.1</center>\r\n</body>\r\n</html>\r\n',
    message: '502 Bad Gateway' },
  { name: 'werkzeug html (keystone /v2.0)', status: 404, contentType: 'text/html; charset=utf-8', cls: NotFound,
    body: '<!doctype html>\n<html lang=en>\n<title>404 Not Found</title>\n<h1>Not Found</h1>\n<p>The requested URL was not found on the server. If you entered the URL manually please check your spelling &amp; try again.</p>\n',
    message: '404 Not Found: The requested URL was not found on the server. If you entered the URL manually please check your spelling & try again.' },
  { name: 'webob html', status: 404, contentType: 'text/html', cls: NotFound,
    body: '<html>\n <head>\n  <title>404 Not Found</title>\n </head>\n <body>\n  <h1>404 Not Found</h1>\n  The resource could not be found.<br /><br />\n\n\n\n </body>\n</html>',
    message: '404 Not Found: The resource could not be found.' },
  { name: 'unlisted status falls back to HttpError', status: 418, contentType: 'application/json', cls: HttpError,
    body: json({ message: "I'm a teapot" }), message: "I'm a teapot" },
];

let server: Loopback;

beforeAll(async () => {
  server = await startLoopback((req, res) => {
    const c = cases[Number(req.url.slice(1))];
    if (!c) { res.writeHead(500); res.end(); return; }
    res.writeHead(c.status, { 'content-type': c.contentType });
    res.end(c.body);
  });
});
afterAll(() => server.close());

describe('fromResponse maps each OpenStack error body to its class and message', () => {
  it.each(cases.map((c, i) => [c.name, i] as const))('%s', async (_name, i) => {
    const c = cases[i]!;
    const url = `${server.url}/${i}`;
    const res = await send(url);
    const text = res.rawBody.toString('utf8');
    const body = /json/.test(res.headers['content-type'] ?? '') ? JSON.parse(text) as unknown : text;
    const err = fromResponse({ status: res.status, headers: res.headers, body, method: 'get', url });

    expect(err).toBeInstanceOf(c.cls);
    if (c.cls === HttpError) expect(err.constructor).toBe(HttpError);
    expect(err.status).toBe(c.status);
    expect(err.method).toBe('GET');
    expect(err.url).toBe(url);
    expect(err.serverMessage).toBe(c.message);
    expect(err.serverCode).toBe(c.code);
    expect(err.details).toBe(c.details);
    expect(err.message).toContain(`GET ${url} failed with HTTP ${c.status}: ${c.message}`);
    expect(err.body).toEqual(body);
  });

  it('parses a JSON body that arrives as a string', async () => {
    const i = cases.findIndex((c) => c.name === 'keystone error');
    const res = await send(`${server.url}/${i}`);
    const err = fromResponse({ status: res.status, headers: res.headers, body: res.rawBody.toString('utf8'), method: 'GET', url: server.url });
    expect(err).toBeInstanceOf(Unauthorized);
    expect(err.serverMessage).toBe('The request you have made requires authentication.');
    expect(err.serverCode).toBe('Unauthorized');
  });

  it('keeps a message without server text when the body is empty', () => {
    const err = fromResponse({ status: 503, headers: {}, body: undefined, method: 'DELETE', url: 'http://127.0.0.1:1/x' });
    expect(err).toBeInstanceOf(ServiceUnavailable);
    expect(err.serverMessage).toBeUndefined();
    expect(err.message).toBe('DELETE http://127.0.0.1:1/x failed with HTTP 503; the service is unavailable; retry later');
  });
});
