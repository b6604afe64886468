import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import https from 'node:https';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HTTPClient } from '../../lib/session/http-client.js';
import { ConnectTimeout, DnsLookupFailed, ReadTimeout, TlsError } from '../../lib/errors/transport-errors.js';
import { startLoopback } from '../helpers/loopback-server.js';

describe('timeouts, DNS and TLS', () => {
  const dir = mkdtempSync(join(tmpdir(), 'stackclient-tls-'));
  let tlsServer: https.Server;
  let tlsUrl = '';
  let silent: net.Server;
  let silentPort = 0;
  const sockets = new Set<net.Socket>();

  beforeAll(async () => {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1',
      '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
    tlsServer = https.createServer({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }, (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{"secure":true}');
    });
    await new Promise<void>((r) => tlsServer.listen(0, '127.0.0.1', r));
    tlsUrl = `https://127.0.0.1:${(tlsServer.address() as AddressInfo).port}`;
    // accepts TCP and never speaks: a TLS handshake there never completes
    silent = net.createServer((socket) => { sockets.add(socket); });
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    silentPort = (silent.address() as AddressInfo).port;
  });
  afterAll(async () => {
    tlsServer.closeAllConnections();
    await new Promise((r) => tlsServer.close(r));
    for (const s of sockets) s.destroy();
    await new Promise((r) => silent.close(r));
  });

  it('a self-signed certificate is a TlsError, and is accepted with its CA bundle or verify: false', async () => {
    const error = await new HTTPClient({ retry: false }).request('GET', tlsUrl).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TlsError);
    expect((error as Error).message).toMatch(/CA bundle/);
    expect((await new HTTPClient({ verify: join(dir, 'cert.pem') }).request('GET', tlsUrl)).body).toEqual({ secure: true });
    expect((await new HTTPClient({ verify: false }).request('GET', tlsUrl)).body).toEqual({ secure: true });
  });

  it('a handshake that never completes is a ConnectTimeout', async () => {
    const error = await new HTTPClient({ timeout: { connect: 200 }, retry: false }).request('GET', `https://127.0.0.1:${silentPort}/`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectTimeout);
    expect((error as ConnectTimeout).timeoutMs).toBe(200);
  });

  it('a response that never comes is a ReadTimeout', async () => {
    const server = await startLoopback(() => undefined);
    try {
      const error = await new HTTPClient({ timeout: { read: 200 }, retry: false }).request('GET', `${server.url}/`).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ReadTimeout);
    } finally {
      await server.close();
    }
  });

  it('a host name that does not resolve is a DnsLookupFailed', async () => {
    const error = await new HTTPClient({ retry: false }).request('GET', 'http://no-such-host.invalid/').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DnsLookupFailed);
  });
});
