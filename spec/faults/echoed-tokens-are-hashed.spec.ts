import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BaseClient } from '../../lib/base-client.js';
import { AuthorizationFailure } from '../../lib/errors/framework-errors.js';
import { NotFound } from '../../lib/errors/http-errors.js';
import { hashSecret } from '../../lib/log/redact.js';
import { HTTPClient } from '../../lib/session/http-client.js';
import { V3Password } from '../../plugins/keystone/v3-password.js';
import { V3Token } from '../../plugins/keystone/v3-token.js';
import { StaticToken } from '../../plugins/static-token.js';
import { captureDebug } from '../helpers/capture-debug.js';
import { sendJson, startLoopback } from '../helpers/loopback-server.js';
import { expectNoSecretAnywhere, rejection, sendV3Token } from './helpers/hostile.js';

// UUID tokens (Keystone's old format, and many gateways'): no shape-based rule recognises them in free text.
const uuidToken = () => randomUUID().replace(/-/g, '');
const issued: string[] = [];
const INPUT_TOKEN = uuidToken();

class Compute extends BaseClient {
  static override serviceType = 'compute';
  static override attributeName = 'compute';
}

let server: Awaited<ReturnType<typeof startLoopback>>;
let serviceCalls = 0;
beforeAll(async () => {
  server = await startLoopback((req, res) => {
    if (req.url === '/v3/auth/tokens' && req.body.includes(INPUT_TOKEN)) {
      sendJson(res, 404, { error: { code: 404, title: 'Not Found', message: `Could not find token: ${INPUT_TOKEN}.` } });
    } else if (req.url === '/v3/auth/tokens') {
      issued.push(uuidToken());
      sendV3Token(res, issued.at(-1)!, server.url);
    } else if (serviceCalls++ === 0) {
      sendJson(res, 401, { error: { code: 401, title: 'Unauthorized', message: 'The request you have made requires authentication.' } });
    } else {
      // The previous token (replaced by the re-authentication after the 401) and the current one, echoed back.
      sendJson(res, 404, { error: { code: 404, title: 'Not Found', message: `Could not find token: ${issued[0]} (sent ${issued.at(-1)})` } });
    }
  });
});
afterAll(() => server.close());

describe('a server that echoes a token back', () => {
  it('the current and the previous token appear as {SHA256}<hash> in the error and the debug log', async () => {
    const http = new HTTPClient({ retry: false, authPlugin: new V3Password({
      authUrl: `${server.url}/v3`, username: 'demo', password: 'demo-password-1', userDomainName: 'Default',
      projectName: 'demo', projectDomainName: 'Default',
    }) });
    const compute = new Compute(http);
    let err: Error | undefined;
    const debug = await captureDebug(async () => { err = await rejection(compute.get('/servers/x')); });
    expect(issued).toHaveLength(2);
    expect(err).toBeInstanceOf(NotFound);
    expect((err as NotFound).serverMessage).toBe(`Could not find token: ${hashSecret(issued[0]!)} (sent ${hashSecret(issued[1]!)})`);
    expect(debug).toContain(`Could not find token: ${hashSecret(issued[0]!)}`);
    expectNoSecretAnywhere(err, debug, [...issued, 'demo-password-1']);
  });

  it('a token replaced after it was used without any log line or error, echoed later', async () => {
    const tokens: string[] = [];
    let calls = 0;
    const cloud = await startLoopback((req, res) => {
      if (req.url === '/v3/auth/tokens') {
        tokens.push(uuidToken());
        sendV3Token(res, tokens.at(-1)!, cloud.url);
      } else if (calls++ === 0) sendJson(res, 200, { servers: [] });
      else sendJson(res, 404, { error: { code: 404, title: 'Not Found', message: `Could not find token: ${tokens[0]}` } });
    });
    try {
      const http = new HTTPClient({ retry: false, authPlugin: new V3Password({
        authUrl: `${cloud.url}/v3`, username: 'demo', password: 'demo-password-1', userDomainName: 'Default',
        projectName: 'demo', projectDomainName: 'Default',
      }) });
      const compute = new Compute(http);
      await compute.get('/servers');
      http.authPlugin!.invalidate();
      await http.authenticate();
      const err = await rejection(compute.get('/servers/x'));
      expect(tokens).toHaveLength(2);
      expect(err.message).toContain(`Could not find token: ${hashSecret(tokens[0]!)}`);
      expectNoSecretAnywhere(err, '', tokens);
    } finally {
      await cloud.close();
    }
  });

  it('a Fernet token the session never held is hashed by its shape in the RESP BODY line', async () => {
    const fernet = `gAAAAABl${'x7Kq_Zp-3'.repeat(12)}`;
    const keystone = await startLoopback((_req, res) => {
      sendJson(res, 404, { error: { code: 404, title: 'Not Found', message: `Could not find token: ${fernet}.` } });
    });
    try {
      const http = new HTTPClient({ retry: false });
      let err: Error | undefined;
      const debug = await captureDebug(async () => { err = await rejection(http.request('GET', `${keystone.url}/v3/auth/tokens`)); });
      expect(debug).toContain(`RESP BODY: {"error":{"code":404,"title":"Not Found","message":"Could not find token: ${hashSecret(fernet)}.`);
      expectNoSecretAnywhere(err, debug, [fernet]);
    } finally {
      await keystone.close();
    }
  });

  it('the input token of a token plugin, refused by Keystone', async () => {
    const http = new HTTPClient({ retry: false, authPlugin: new V3Token({ authUrl: `${server.url}/v3`, token: INPUT_TOKEN, projectId: 'p1' }) });
    let err: Error | undefined;
    const debug = await captureDebug(async () => { err = await rejection(http.authenticate()); });
    expect(err).toBeInstanceOf(AuthorizationFailure);
    expect(err!.message).toContain(`Could not find token: ${hashSecret(INPUT_TOKEN)}`);
    expectNoSecretAnywhere(err, debug, [INPUT_TOKEN]);
  });

  it('a static token', async () => {
    const token = uuidToken();
    const echo = await startLoopback((req, res) => {
      res.writeHead(403, { 'Content-Type': 'text/plain' });
      res.end(`token ${String(req.headers['x-auth-token'])} may not ${req.method} ${req.url}`);
    });
    try {
      const http = new HTTPClient({ retry: false, authPlugin: new StaticToken({ token, endpoint: echo.url }) });
      let err: Error | undefined;
      const debug = await captureDebug(async () => { err = await rejection(new Compute(http).get('/servers')); });
      expect(err!.message).toContain(`token ${hashSecret(token)} may not GET /servers`);
      expectNoSecretAnywhere(err, debug, [token]);
    } finally {
      await echo.close();
    }
  });
});
