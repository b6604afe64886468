import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import https from 'node:https';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ConnectionReset, ConnectTimeout, ReadTimeout, RequestAborted, TlsError } from '../../lib/errors/transport-errors.js';
import { expectNoSecretInInspect, faultSession, PASSWORD_BODY } from '../helpers/fault-session.js';
import { startLoopback } from '../helpers/loopback-server.js';

// Each failure happens on a POST that carries the token (X-Auth-Token) and the password (in its JSON body).
describe('every transport failure keeps no secret where util.inspect reaches', () => {
  const dir = mkdtempSync(join(tmpdir(), 'stackclient-faults-tls-'));
  let tlsServer: https.Server;
  let silent: net.Server;
  const sockets = new Set<net.Socket>();
  const cleanups: (() => Promise<unknown>)[] = [];

  beforeAll(async () => {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1',
      '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
    tlsServer = https.createServer({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }, (_req, res) => res.end('{}'));
    await new Promise<void>((r) => tlsServer.listen(0, '127.0.0.1', r));
    silent = net.createServer((socket) => { sockets.add(socket); });
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
  });
  afterAll(async () => {
    tlsServer.closeAllConnections();
    await new Promise((r) => tlsServer.close(r));
    for (const s of sockets) s.destroy();
    await new Promise((r) => silent.close(r));
  });
  afterEach(async () => { for (const c of cleanups.splice(0)) await c(); });

  async function postFails(serviceUrl: string, options: Parameters<typeof faultSession>[1] = {}, signal?: AbortSignal) {
    const session = await faultSession(serviceUrl, { retry: false, ...options });
    cleanups.push(session.close);
    await session.http.authenticate();
    return session.echo.post('/users/u1/password', { json: PASSWORD_BODY, ...(signal ? { signal } : {}) }).catch((e: unknown) => e);
  }

  it('a reset', async () => {
    const server = await startLoopback((_req, res) => res.socket?.destroy());
    cleanups.push(server.close);
    const error = await postFails(server.url);
    expect(error).toBeInstanceOf(ConnectionReset);
    expectNoSecretInInspect(error);
  });

  it('a read timeout', async () => {
    const server = await startLoopback(() => undefined);
    cleanups.push(server.close);
    const error = await postFails(server.url, { timeout: { read: 150 } });
    expect(error).toBeInstanceOf(ReadTimeout);
    expectNoSecretInInspect(error);
  });

  it('a TLS handshake that never completes (connect timeout)', async () => {
    const error = await postFails(`https://127.0.0.1:${(silent.address() as AddressInfo).port}`, { timeout: { connect: 150 } });
    expect(error).toBeInstanceOf(ConnectTimeout);
    expectNoSecretInInspect(error);
  });

  it('a certificate that does not verify', async () => {
    const error = await postFails(`https://127.0.0.1:${(tlsServer.address() as AddressInfo).port}`);
    expect(error).toBeInstanceOf(TlsError);
    expectNoSecretInInspect(error);
  });

  it('an abort by the caller', async () => {
    const server = await startLoopback(() => undefined);
    cleanups.push(server.close);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const error = await postFails(server.url, {}, controller.signal);
    expect(error).toBeInstanceOf(RequestAborted);
    expectNoSecretInInspect(error);
  });
});
