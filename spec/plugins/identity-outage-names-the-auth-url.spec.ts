import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { ConnectionError, ConnectionRefused } from '../../lib/errors/transport-errors.js';
import { V3Password } from '../../plugins/keystone/index.js';
import { onFakeCloud, rejection, session } from './helpers/session.js';

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('an unreachable or failing identity service', () => {
  it('gives a ConnectionRefused naming the auth URL, after the session retried', async () => {
    const authUrl = `http://127.0.0.1:${await closedPort()}/v3`;
    const plugin = new V3Password({ authUrl, userId: 'u', password: 'p', projectId: 'x' });
    const { http } = session(plugin);
    const err = await rejection(() => http.authenticate());
    expect(err).toBeInstanceOf(ConnectionRefused);
    expect(err.message).toMatch(new RegExp(`^Cannot reach the identity service at ${authUrl.replace(/[./]/g, '\\$&')}: `));
    expect(err.message).toMatch(/gave up after 3 attempts/);
    expect((err.cause as Error).name).toBe('ConnectionRefused');
    http.close();
  });

  it('turns a 503 from Keystone into a ConnectionError naming the auth URL, with the cause kept', () => onFakeCloud(async (cloud) => {
    const c = cloud.credentials;
    cloud.failNext(5, { status: 503, path: '/identity/v3/auth/tokens' });
    const plugin = new V3Password({ authUrl: cloud.authUrl, userId: c.userId, password: c.password, projectId: c.projectId });
    const { http } = session(plugin);
    const err = await rejection(() => http.authenticate());
    expect(err).toBeInstanceOf(ConnectionError);
    expect(err.message).toContain(`The identity service at ${cloud.authUrl} failed`);
    expect(err.message).toContain('HTTP 503');
    expect((err.cause as { status?: number }).status).toBe(503);
    // A token request is safe to repeat: the session tried it 3 times (retries: 2), no more.
    expect(cloud.authCount()).toBe(3);
    http.close();
  }));

  it('recovers when Keystone answers 503 fewer times than the session retries', () => onFakeCloud(async (cloud) => {
    const c = cloud.credentials;
    cloud.failNext(2, { status: 503, path: '/identity/v3/auth/tokens' });
    const plugin = new V3Password({ authUrl: cloud.authUrl, userId: c.userId, password: c.password, projectId: c.projectId });
    const { http } = session(plugin);
    await http.authenticate();
    expect(plugin.hasValidAuth()).toBe(true);
    expect(cloud.authCount()).toBe(3);
    http.close();
  }));
});
