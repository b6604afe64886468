import { afterEach, describe, expect, it } from 'vitest';
import { ConnectionRefused } from '../../lib/errors/transport-errors.js';
import { HTTPClient } from '../../lib/session/http-client.js';
import { V3Password } from '../../plugins/keystone/index.js';
import { expectNoSecretInInspect, faultSession, FAULT_PASSWORD, PASSWORD_BODY } from '../helpers/fault-session.js';
import { deadPort } from '../helpers/loopback-server.js';

describe('a refused connection', () => {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => { await close?.(); close = undefined; });

  it('to Keystone: ConnectionRefused whose util.inspect holds no password, with a sanitized cause', async () => {
    const authUrl = `http://127.0.0.1:${await deadPort()}/v3`;
    const plugin = new V3Password({
      authUrl, username: 'alice', password: FAULT_PASSWORD, projectName: 'demo', userDomainName: 'Default', projectDomainName: 'Default',
    });
    const error = await new HTTPClient({ authPlugin: plugin, retry: false }).authenticate().catch((e: unknown) => e) as ConnectionRefused;
    expect(error).toBeInstanceOf(ConnectionRefused);
    // The plugin's error wraps the transport's, which keeps only a sanitized copy of the system error.
    let cause = error.cause as Error & { code?: string; syscall?: string; options?: unknown; request?: unknown; cause?: unknown };
    while (cause.cause instanceof Error) cause = cause.cause as typeof cause;
    expect(cause.code).toBe('ECONNREFUSED');
    expect(cause.syscall).toBe('connect');
    expect(cause.options).toBeUndefined();
    expect(cause.request).toBeUndefined();
    const text = expectNoSecretInInspect(error);
    expect(text).toContain('ECONNREFUSED');
  });

  it('to a URL with user:password@: neither the password nor its Basic encoding reaches util.inspect', async () => {
    const port = await deadPort();
    const error = await new HTTPClient({ retry: false }).request('GET', `http://alice:${FAULT_PASSWORD}@127.0.0.1:${port}/v3`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionRefused);
    const text = expectNoSecretInInspect(error);
    expect(text).not.toContain(Buffer.from(`alice:${FAULT_PASSWORD}`).toString('base64'));
  });

  it('to a service: ConnectionRefused whose util.inspect holds neither the token nor the password in the body', async () => {
    const session = await faultSession(`http://127.0.0.1:${await deadPort()}`);
    close = session.close;
    const error = await session.echo.post('/users/u1/password', { json: PASSWORD_BODY }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionRefused);
    expectNoSecretInInspect(error);
  });
});
