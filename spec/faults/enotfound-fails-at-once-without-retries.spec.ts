import { afterEach, describe, expect, it } from 'vitest';
import { DnsLookupFailed } from '../../lib/errors/transport-errors.js';
import { expectNoSecretInInspect, faultSession, PASSWORD_BODY } from '../helpers/fault-session.js';

describe('a host name that does not exist (ENOTFOUND)', () => {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => { await close?.(); close = undefined; });

  it('fails at once with DnsLookupFailed naming the host, after one attempt, under a retry policy', async () => {
    // .invalid never resolves (RFC 6761 §6.4).
    const session = await faultSession('http://compute.no-such-host.invalid:8774', { retry: { retries: 3, minTimeout: 300, maxTimeout: 1_000 } });
    close = session.close;
    await session.http.authenticate();
    const started = Date.now();
    const error = await session.echo.get('/servers').catch((e: unknown) => e) as DnsLookupFailed & { attempts?: number };
    expect(error).toBeInstanceOf(DnsLookupFailed);
    expect(error.errno).toBe('ENOTFOUND');
    expect(error.message).toContain('"compute.no-such-host.invalid" does not exist');
    expect(error.attempts).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(300);
    expectNoSecretInInspect(error);
    expectNoSecretInInspect(await session.echo.post('/users/u1/password', { json: PASSWORD_BODY }).catch((e: unknown) => e));
  });
});
