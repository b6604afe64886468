import { readFileSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import type { TLSSocket } from 'node:tls';
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InvalidArgument } from '../../lib/errors/framework-errors.js';
import { ConnectionError, TlsError } from '../../lib/errors/transport-errors.js';
import { HTTPClient, type HTTPClientOptions } from '../../lib/session/http-client.js';
import { makeTestCertificates } from '../helpers/tls-certificates.js';

describe('a loopback TLS server that requires a client certificate', () => {
  const certs = makeTestCertificates();
  let server: https.Server;
  let url = '';

  beforeAll(async () => {
    server = https.createServer({
      key: readFileSync(certs.serverKey), cert: readFileSync(certs.serverCert), ca: readFileSync(certs.clientCert),
      requestCert: true, rejectUnauthorized: true,
    }, (req, res) => {
      const peer = (req.socket as TLSSocket).getPeerCertificate();
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ client: peer.subject?.CN }));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `https://127.0.0.1:${(server.address() as AddressInfo).port}/v3/whoami`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });

  async function get(options: HTTPClientOptions) {
    const http = new HTTPClient({ verify: certs.serverCert, retry: false, ...options });
    try {
      return await http.request('GET', url);
    } finally {
      http.close();
    }
  }

  it('refuses a request without a certificate: TlsError that says to pass one', async () => {
    const error = await get({}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TlsError);
    expect((error as Error).message).toMatch(/^GET https:\/\/127\.0\.0\.1:\d+\/v3\/whoami: TLS failed \(\w+\)/);
    expect((error as Error).message).toContain('check cert / --os-cert and --os-key');
  });

  it('refuses a certificate it does not trust: a ConnectionError, and the server never answers', async () => {
    const error = await get({ cert: { cert: certs.strangerCert, key: certs.strangerKey } }).catch((e: unknown) => e);
    // node's server checks the client certificate after the TLS 1.3 handshake and destroys the socket without an alert:
    // the client sees ECONNRESET (ConnectionReset), not a TLS alert it could name.
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).errno).toMatch(/ECONNRESET|SSL/);
  });

  it('accepts the certificate as { cert, key } paths, one PEM file, PEM text, or an encrypted key with its passphrase', async () => {
    const expected = { client: 'stackclient-test-client' };
    expect((await get({ cert: { cert: certs.clientCert, key: certs.clientKey } })).body).toEqual(expected);
    expect((await get({ cert: certs.clientPem })).body).toEqual(expected);
    const pem = { cert: readFileSync(certs.clientCert, 'utf8'), key: readFileSync(certs.clientKey, 'utf8') };
    expect((await get({ cert: pem })).body).toEqual(expected);
    expect((await get({ cert: { cert: certs.clientCert, key: certs.clientKeyEncrypted, passphrase: certs.passphrase } })).body).toEqual(expected);
  });

  it('names the wrong file at construction: a missing key, a key for another certificate, a certificate that is not one', () => {
    const build = (cert: HTTPClientOptions['cert']) => {
      try {
        new HTTPClient({ cert }).close();
      } catch (error) {
        return error as InvalidArgument;
      }
      throw new Error('expected an InvalidArgument');
    };
    const missing = build({ cert: certs.clientCert, key: `${certs.dir}/no-such.key` });
    expect(missing).toBeInstanceOf(InvalidArgument);
    expect(missing.message).toBe(`cert.key: the client key file "${certs.dir}/no-such.key" does not exist; check the path`);

    const mismatch = build({ cert: certs.clientCert, key: certs.strangerKey });
    expect(mismatch.message).toContain(`the client key (file "${certs.strangerKey}") does not belong to the certificate (file "${certs.clientCert}")`);

    const notACert = build({ cert: certs.clientKey, key: certs.clientKey });
    expect(notACert.message).toMatch(new RegExp(`^cert\\.cert: file "${certs.clientKey}" cannot be used as the client certificate \\(`));

    const keyAsCert = build({ cert: certs.clientCert, key: certs.clientCert });
    expect(keyAsCert.message).toMatch(new RegExp(`^cert\\.key: file "${certs.clientCert}" cannot be used as the client private key`));
  });

  it('says the passphrase is wrong, and never shows it or the key', () => {
    let error: unknown;
    try {
      new HTTPClient({ cert: { cert: certs.clientCert, key: certs.clientKeyEncrypted, passphrase: 'wrong-passphrase-99' } });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidArgument);
    expect((error as Error).message)
      .toMatch(/^cert\.key: file ".*client-encrypted\.key" cannot be used as the client private key \(.+\); the key is encrypted: check the passphrase$/);
    const inspected = inspect(error, { depth: Infinity });
    expect(inspected).not.toContain('wrong-passphrase-99');
    expect(inspected).not.toContain('PRIVATE KEY');
  });
});
