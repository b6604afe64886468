import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthorizationFailure } from '../../lib/errors/framework-errors.js';
import { HTTPClient } from '../../lib/session/http-client.js';
import { Password } from '../../plugins/keystone/index.js';
import { sendJson, startLoopback } from '../helpers/loopback-server.js';
import { startCredentialSink, versionsDocument } from './helpers/discovery-servers.js';

const PASSWORD = 'pw-stays-home-2a9c';

describe('credential-bearing discovery does not follow a redirect to another origin', () => {
  let sink: Awaited<ReturnType<typeof startCredentialSink>>;
  let keystone: Awaited<ReturnType<typeof startLoopback>>;
  beforeAll(async () => {
    sink = await startCredentialSink();
    keystone = await startLoopback((req, res) => {
      if (req.url === '/away') return sendJson(res, 302, {}, { Location: `${sink.url}/` });
      // Same origin: the root moved under /identity, as behind a path-routing proxy.
      if (req.url === '/') return sendJson(res, 301, {}, { Location: '/identity' });
      if (req.url === '/identity') return sendJson(res, 300, versionsDocument(`${keystone.url}/identity`));
      if (req.url === '/identity/v3/auth/tokens') {
        return sendJson(res, 201, {
          token: { methods: ['password'], expires_at: new Date(Date.now() + 3_600_000).toISOString(), project: { id: 'p1', name: 'demo' }, catalog: [] },
        }, { 'X-Subject-Token': 'gAAAAAhome' });
      }
      return sendJson(res, 404, {});
    });
  });
  afterAll(async () => {
    await sink.close();
    await keystone.close();
  });

  const password = (authUrl: string) => new Password({
    authUrl, username: 'alice', password: PASSWORD, userDomainName: 'Default', projectName: 'demo', projectDomainName: 'Default',
  });

  it('a 302 of the discovery GET to another port fails with both URLs named; the other origin gets no request', async () => {
    const http = new HTTPClient({ authPlugin: password(`${keystone.url}/away`), retry: false });
    const error = await http.authenticate().catch((e: unknown) => e);
    http.close();
    expect(error).toBeInstanceOf(AuthorizationFailure);
    expect((error as Error).message).toContain(`${keystone.url}/away`);
    expect((error as Error).message).toContain(sink.url);
    expect(sink.seen).toHaveLength(0);
    expect(inspect(error, { depth: Infinity })).not.toContain(PASSWORD);
  });

  it('a redirect within the same origin is followed, and the password goes there', async () => {
    const http = new HTTPClient({ authPlugin: password(keystone.url), retry: false });
    await http.authenticate();
    http.close();
    expect(http.authPlugin!.getToken!()).toBe('gAAAAAhome');
    expect(keystone.seen.filter((r) => r.method === 'POST').map((r) => r.url)).toEqual(['/identity/v3/auth/tokens']);
    expect(sink.seen).toHaveLength(0);
  });
});
