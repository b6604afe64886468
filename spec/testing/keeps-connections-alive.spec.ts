import { request, Agent } from 'node:http';
import { describe, expect, it } from 'vitest';
import { startFakeCloud, withFakeCloud } from '../../lib/testing/index.js';

function get(agent: Agent, url: string): Promise<{ status: number; port: number }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, port: req.socket?.localPort ?? 0 }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('fake cloud: connections', () => {
  it('serves HTTP/1.1 keep-alive, so a client reuses one socket', async () => {
    await withFakeCloud(async (cloud) => {
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      const ports = [];
      for (let i = 0; i < 5; i++) ports.push((await get(agent, cloud.authUrl)).port);
      agent.destroy();
      expect(new Set(ports).size).toBe(1);
      expect(cloud.count('GET', '/identity/v3')).toBe(5);
    });
  });

  it('close() ends idle keep-alive connections at once', async () => {
    const cloud = await startFakeCloud();
    const agent = new Agent({ keepAlive: true });
    expect((await get(agent, cloud.identityUrl)).status).toBe(300);
    const started = performance.now();
    await cloud.close();
    expect(performance.now() - started).toBeLessThan(1_000);
    await expect(get(agent, cloud.identityUrl)).rejects.toThrow();
    agent.destroy();
  });

  it('listens on 127.0.0.1 on an ephemeral port', async () => {
    await withFakeCloud(async (cloud) => {
      expect(cloud.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(cloud.authUrl).toBe(`${cloud.url}/identity/v3`);
      expect(cloud.identityUrl).toBe(`${cloud.url}/identity`);
    });
  });
});

describe('fake cloud: a port already in use', () => {
  it('fails to start with a ConfigError naming the address', async () => {
    await withFakeCloud(async (cloud) => {
      const port = Number(new URL(cloud.url).port);
      await expect(startFakeCloud({ port })).rejects.toMatchObject({ name: 'ConfigError', message: expect.stringContaining(`127.0.0.1:${port}`) });
    });
  });
});
