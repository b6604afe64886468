import { afterEach, describe, expect, it } from 'vitest';
import { UnsupportedRedirect } from '../../lib/errors/response-errors.js';
import { expectNoSecretInInspect, faultSession } from '../helpers/fault-session.js';
import { startLoopback } from '../helpers/loopback-server.js';

const LOCATIONS = ['http://[::1', 'file:///etc/passwd', 'ftp://files.example.com/x', 'data:text/plain,hello', 'javascript:alert(1)'];

describe('a redirect that cannot be followed', () => {
  const cleanups: (() => Promise<unknown>)[] = [];
  afterEach(async () => { for (const c of cleanups.splice(0)) await c(); });

  for (const location of LOCATIONS) {
    it(`to ${location} is an UnsupportedRedirect, and the request is not sent again`, async () => {
      const server = await startLoopback((_req, res) => {
        res.writeHead(302, { Location: location, 'Content-Length': 0 });
        res.end();
      });
      cleanups.push(server.close);
      const session = await faultSession(server.url, { retry: { retries: 3, minTimeout: 5, maxTimeout: 10 } });
      cleanups.push(session.close);
      const error = await session.echo.get('/servers').catch((e: unknown) => e) as UnsupportedRedirect;
      expect(error).toBeInstanceOf(UnsupportedRedirect);
      expect(error.status).toBe(302);
      expect(error.location).toBe(location);
      expect(error.message).toMatch(location.startsWith('http') ? /not a URL/ : /only http and https redirects are followed/);
      expect(server.seen).toHaveLength(1);
      expectNoSecretInInspect(error);
    });
  }
});
