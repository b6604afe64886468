import { readFileSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HTTPClient } from '../../lib/session/http-client.js';
import { captureDebug, expectNoSecrets } from '../helpers/capture-debug.js';
import { fakeSession } from '../helpers/fake-session.js';
import { NO_REAL_PROXY, proxyLogOffset, proxyLogSince, realProxy } from '../helpers/real-proxy.js';
import { makeTestCertificates } from '../helpers/tls-certificates.js';

const proxy = realProxy();

describe.skipIf(!proxy)(`requests go through a real proxy (tinyproxy), kept alive${proxy ? '' : ` — skipped: ${NO_REAL_PROXY}`}`, () => {
  const certs = makeTestCertificates();
  let tlsServer: https.Server;
  let tlsUrl = '';
  const connections: number[] = [];

  beforeAll(async () => {
    tlsServer = https.createServer({ key: readFileSync(certs.serverKey), cert: readFileSync(certs.serverCert) }, (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{"secure":true}');
    });
    tlsServer.on('secureConnection', () => connections.push(Date.now()));
    await new Promise<void>((r) => tlsServer.listen(0, '127.0.0.1', r));
    tlsUrl = `https://127.0.0.1:${(tlsServer.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    tlsServer.closeAllConnections();
    await new Promise((r) => tlsServer.close(r));
  });

  it('sends authenticated HTTP requests through the proxy, one tunnel for several requests, password never shown', async () => {
    const p = proxy!;
    const s = await fakeSession({ http: { proxy: p.url } });
    try {
      const start = proxyLogOffset(p);
      const output = await captureDebug(async () => {
        for (let i = 0; i < 3; i++) expect((await s.echo.get(`/things/${i}`)).status).toBe(200);
      });
      const port = new URL(s.cloud.url).port;
      const { lines } = proxyLogSince(p, start);
      const requests = lines.filter((l) => l.includes(`Request`) && l.includes(`127.0.0.1:${port}`));
      // Keystone's token request and three echo calls: all on one kept-alive tunnel to the fake cloud.
      expect(requests).toHaveLength(1);
      expect(requests[0]).toMatch(new RegExp(`CONNECT 127\\.0\\.0\\.1:${port} HTTP/1\\.1`));
      expect(output).toContain(`-x 'http://${p.user}:***@${p.hostPort}'`);
      expectNoSecrets(output, [p.password, Buffer.from(`${p.user}:${p.password}`).toString('base64')]);
      const curl = output.split('\n').find((l) => l.includes('/things/0'));
      console.log(`[proxy] HTTP: access log:\n${requests.join('\n')}\n[proxy] HTTP: our curl line:\n${curl}`);
    } finally {
      await s.close();
    }
  });

  it('tunnels HTTPS with CONNECT, verifies the server behind it, and keeps the tunnel alive', async () => {
    const p = proxy!;
    const http = new HTTPClient({ proxy: p.url, verify: certs.serverCert, retry: false });
    try {
      const start = proxyLogOffset(p);
      const before = connections.length;
      const output = await captureDebug(async () => {
        for (let i = 0; i < 2; i++) expect((await http.request('GET', `${tlsUrl}/v1/secure`)).body).toEqual({ secure: true });
      });
      const port = new URL(tlsUrl).port;
      const requests = proxyLogSince(p, start).lines.filter((l) => l.includes('Request') && l.includes(`127.0.0.1:${port}`));
      expect(requests).toHaveLength(1);
      expect(requests[0]).toContain(`CONNECT 127.0.0.1:${port}`);
      expect(connections.length - before).toBe(1);
      expect(output).toContain(`-x 'http://${p.user}:***@${p.hostPort}' -X GET '${tlsUrl}/v1/secure'`);
      expectNoSecrets(output, [p.password]);
      console.log(`[proxy] HTTPS: access log:\n${requests.join('\n')}\n[proxy] HTTPS: our curl line:\n${output.split('\n').find((l) => l.includes('REQ:'))}`);
    } finally {
      http.close();
    }
  });
});
