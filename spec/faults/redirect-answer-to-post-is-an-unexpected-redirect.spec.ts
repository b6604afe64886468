import { afterEach, describe, expect, it } from 'vitest';
import { UnexpectedRedirect } from '../../lib/errors/response-errors.js';
import { expectNoSecretInInspect, faultSession, PASSWORD_BODY } from '../helpers/fault-session.js';
import { startLoopback } from '../helpers/loopback-server.js';

describe('a 3xx answer to a POST', () => {
  const cleanups: (() => Promise<unknown>)[] = [];
  afterEach(async () => { for (const c of cleanups.splice(0)) await c(); });

  for (const status of [301, 302, 307, 308]) {
    it(`HTTP ${status} is an UnexpectedRedirect naming the status and Location, not a success`, async () => {
      const server = await startLoopback((_req, res) => {
        res.writeHead(status, { Location: 'https://api.example.com/v3/users/u1/password', 'Content-Length': 0 });
        res.end();
      });
      cleanups.push(server.close);
      const session = await faultSession(server.url);
      cleanups.push(session.close);
      const error = await session.echo.post('/users/u1/password', { json: PASSWORD_BODY }).catch((e: unknown) => e) as UnexpectedRedirect;
      expect(error).toBeInstanceOf(UnexpectedRedirect);
      expect(error.status).toBe(status);
      expect(error.message).toContain(`answered HTTP ${status} to https://api.example.com/v3/users/u1/password`);
      expect(error.message).toContain('not carried out');
      expect(server.seen).toHaveLength(1);
      expectNoSecretInInspect(error);
    });
  }
});
