import { afterEach, describe, expect, it } from 'vitest';
import { HTTPClient } from '../../lib/session/http-client.js';
import { V3Password } from '../../plugins/keystone/index.js';
import { EchoClient } from '../helpers/fake-session.js';
import { startMiniKeystone } from './helpers/mini-keystone.js';

const HOUR = 3_600_000;

/** Issue 10 item 9: a token that looks expired on arrival must not cost one authentication per request. */
describe('a token that arrives expired costs at most one authentication a second', () => {
  let keystone: Awaited<ReturnType<typeof startMiniKeystone>>;
  let http: HTTPClient;
  afterEach(async () => { http.close(); await keystone.close(); });

  async function tenGets(auth: Parameters<typeof startMiniKeystone>[0]['auth']) {
    keystone = await startMiniKeystone({ auth, service: () => 200 });
    http = new HTTPClient({ authPlugin: new V3Password(keystone.passwordAuth()) });
    const echo = new EchoClient(http);
    for (let i = 0; i < 10; i++) expect((await echo.get(`/item/${i}`)).status).toBe(200);
    return echo;
  }

  it('clock skew: Keystone\'s clock is an hour behind ours; its Date header says the token is valid: one authentication', async () => {
    await tenGets(() => {
      const serverNow = Date.now() - HOUR;
      return { status: 201, issuedAt: new Date(serverNow), expiresAt: new Date(serverNow + HOUR / 2), date: new Date(serverNow) };
    });
    console.log(`10 GETs with a token expired by our clock (skew): ${keystone.authCount()} authentications`);
    expect(keystone.authCount()).toBe(1);
  });

  it('a token past its expires_at even by the server\'s Date: one authentication for 10 quick GETs, another a second later', async () => {
    const echo = await tenGets(() => {
      const now = Date.now();
      return { status: 201, issuedAt: new Date(now - HOUR), expiresAt: new Date(now - 60_000), date: new Date(now) };
    });
    console.log(`10 GETs with a token past its expires_at: ${keystone.authCount()} authentications`);
    expect(keystone.authCount()).toBe(1);
    await new Promise((r) => setTimeout(r, 1_100));
    await echo.get('/later');
    expect(keystone.authCount()).toBe(2);
  });
});
