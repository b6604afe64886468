import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthorizationFailure } from '../../lib/errors/framework-errors.js';
import { BadRequest } from '../../lib/errors/http-errors.js';
import { HTTPClient } from '../../lib/session/http-client.js';
import { V3ApplicationCredential } from '../../plugins/keystone/v3-application-credential.js';
import { V3Password } from '../../plugins/keystone/v3-password.js';
import { AkSk } from '../../plugins/signing/aksk.js';
import { captureDebug } from '../helpers/capture-debug.js';
import { sendJson, startLoopback } from '../helpers/loopback-server.js';
import { expectNoSecretAnywhere, rejection } from './helpers/hostile.js';

// Secrets that no shape-based rule can recognise in free text: only their exact values can hide them.
const PASSWORD = 'correct horse battery staple';
const APP_SECRET = 'Zm9vYmFyYmF6cXV4-app-secret';
const SECRET_KEY = 'sk/0123456789abcdefXYZ';
const OTHER_PASSWORD = 'not-the-sessions-own-pw';

/** Keystone's 400 "Invalid input" that echoes the request body back, as a validation error of some versions does. */
let server: Awaited<ReturnType<typeof startLoopback>>;
beforeAll(async () => {
  server = await startLoopback((req, res) => {
    const quoted = req.body.replace(/"/g, "'");
    if (req.url === '/malformed') {
      // A proxy quoting a request body it could not parse: text that looks like JSON, with someone else's password.
      res.writeHead(502, { 'Content-Type': 'application/json' });
      res.end(`{"error": "bad gateway", "request": {"user": "x", "password": "${OTHER_PASSWORD}", `);
    } else if (req.url === '/v3/auth/tokens') {
      sendJson(res, 400, { error: { code: 400, title: 'Bad Request', message: `Invalid input for field 'identity': ${quoted}` } });
    } else {
      res.writeHead(400, { 'Content-Type': 'text/plain' });
      res.end(`Invalid signature; the request was ${req.method} ${req.url} signed with ${SECRET_KEY} and the body ${req.body}`);
    }
  });
});
afterAll(() => server.close());

describe('a server that echoes a credential back', () => {
  it('a password appears as *** in err.message, serverMessage and the debug log, and nowhere in the error', async () => {
    const http = new HTTPClient({ retry: false, authPlugin: new V3Password({
      authUrl: `${server.url}/v3`, username: 'demo', password: PASSWORD, userDomainName: 'Default', projectName: 'demo', projectDomainName: 'Default',
    }) });
    let err: Error | undefined;
    const debug = await captureDebug(async () => { err = await rejection(http.authenticate()); });
    expect(err).toBeInstanceOf(AuthorizationFailure);
    const cause = (err as AuthorizationFailure).cause as BadRequest;
    expect(cause).toBeInstanceOf(BadRequest);
    expect(cause.serverMessage).toContain("'password':'***'");
    expect(err!.message).toContain('Invalid input');
    expect(debug).toContain('RESP BODY:');
    expectNoSecretAnywhere(err, debug, [PASSWORD, JSON.stringify(PASSWORD).slice(1, -1)]);
  });

  it('an application-credential secret the same way', async () => {
    const http = new HTTPClient({ retry: false, authPlugin: new V3ApplicationCredential({
      authUrl: `${server.url}/v3`, applicationCredentialId: 'ac1', applicationCredentialSecret: APP_SECRET,
    }) });
    let err: Error | undefined;
    const debug = await captureDebug(async () => { err = await rejection(http.authenticate()); });
    expect(err).toBeInstanceOf(AuthorizationFailure);
    expect(((err as AuthorizationFailure).cause as BadRequest).serverMessage).toContain("'secret':'***'");
    expectNoSecretAnywhere(err, debug, [APP_SECRET]);
  });

  it('a password the session never held, as a "password" pair in JSON that does not parse, by its key', async () => {
    let err: Error | undefined;
    const debug = await captureDebug(async () => { err = await rejection(new HTTPClient({ retry: false }).request('GET', `${server.url}/malformed`)); });
    expect(err!.message).toContain('"password": "***"');
    expectNoSecretAnywhere(err, debug, [OTHER_PASSWORD]);
  });

  it('an AK/SK secret key in a plain-text error', async () => {
    const http = new HTTPClient({ retry: false, authPlugin: new AkSk({
      accessKey: 'AK1', secretKey: SECRET_KEY, endpoints: { compute: `${server.url}/compute` },
    }) });
    const client = { serviceType: 'compute', attributeName: 'compute', defaultHeaders: () => ({}) } as never;
    let err: Error | undefined;
    const debug = await captureDebug(async () => { err = await rejection(http.clientRequest(client, 'GET', '/servers')); });
    expect(err).toBeInstanceOf(BadRequest);
    expect((err as BadRequest).serverMessage).toContain('signed with ***');
    expectNoSecretAnywhere(err, debug, [SECRET_KEY]);
  });
});
