import { afterEach, describe, expect, it } from 'vitest';
import { ReauthenticationFailed } from '../../lib/errors/framework-errors.js';
import { HTTPClient } from '../../lib/session/http-client.js';
import { V3Password } from '../../plugins/keystone/index.js';
import { EchoClient } from '../helpers/fake-session.js';
import { expectNoSecrets, PASSWORD, startMiniKeystone } from './helpers/mini-keystone.js';

const STORM = 1000;
const hour = () => ({ status: 201 as const, issuedAt: new Date(), expiresAt: new Date(Date.now() + 3_600_000) });

/** Issue 10 item 9: a re-authentication that fails after a 401 storm is shared, so one storm costs one attempt. */
describe('a failed re-authentication is shared by the whole 401 storm', () => {
  let keystone: Awaited<ReturnType<typeof startMiniKeystone>>;
  let http: HTTPClient;
  afterEach(async () => { http.close(); await keystone.close(); });

  async function storm(failure: 401 | 500, retries: number) {
    keystone = await startMiniKeystone({ auth: (n) => (n === 1 ? hour() : { status: failure }), service: () => 401 });
    http = new HTTPClient({ authPlugin: new V3Password(keystone.passwordAuth()), retry: { retries, minTimeout: 5, maxTimeout: 20 } });
    const echo = new EchoClient(http);
    await http.authenticate();
    const results = await Promise.allSettled(Array.from({ length: STORM }, (_, i) => echo.get(`/item/${i}`)));
    const errors = results.map((r) => (r.status === 'rejected' ? r.reason : undefined));
    console.log(`failed storm (Keystone ${failure}): ${keystone.authCount() - 1} auth POSTs after the first token, for ${STORM} requests`);
    return errors;
  }

  it('Keystone answers 401: one re-authentication POST for 1,000 concurrent 401s, and every request gets that failure', async () => {
    const errors = await storm(401, 3);
    expect(keystone.authCount() - 1).toBe(1);
    expect(errors.every((e) => e instanceof ReauthenticationFailed)).toBe(true);
    expectNoSecrets(errors[0], [PASSWORD, ...keystone.tokens]);
    expectNoSecrets(errors[STORM - 1], [PASSWORD, ...keystone.tokens]);
  });

  it('Keystone answers 500: one attempt plus the retry policy\'s own retries of the 5xx', async () => {
    const errors = await storm(500, 2);
    expect(keystone.authCount() - 1).toBeLessThanOrEqual(1 + 2);
    expect(errors.every((e) => e instanceof ReauthenticationFailed)).toBe(true);
    expectNoSecrets(errors[0], [PASSWORD, ...keystone.tokens]);
  });

  it('a new request within a second of the failure gets it too; after Keystone recovers, the session authenticates again', async () => {
    let recovered = false;
    keystone = await startMiniKeystone({
      auth: (n) => (n === 1 || recovered ? hour() : { status: 401 }),
      service: (req) => (recovered && req.headers['x-auth-token'] !== keystone.tokens[0] ? 200 : 401),
    });
    http = new HTTPClient({ authPlugin: new V3Password(keystone.passwordAuth()), retry: false });
    const echo = new EchoClient(http);
    await http.authenticate();
    const first = await echo.get('/first').catch((e: unknown) => e);
    expect(first).toBeInstanceOf(ReauthenticationFailed);
    const soon = await echo.get('/soon').catch((e: unknown) => e);
    expect(soon).toBeInstanceOf(Error);
    expect(keystone.authCount()).toBe(2);
    expectNoSecrets(soon, [PASSWORD, ...keystone.tokens]);
    recovered = true;
    await new Promise((r) => setTimeout(r, 1_100));
    expect((await echo.get('/later')).status).toBe(200);
    expect(keystone.authCount()).toBe(3);
  });
});
