import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Paths of certificates made now with the openssl CLI, for loopback TLS servers and their clients. */
export interface TestCertificates {
  dir: string;
  /** Self-signed, for 127.0.0.1; also the CA bundle a client verifies the server with. */
  serverCert: string;
  serverKey: string;
  /** Self-signed client certificate; also the CA a server verifies clients with. */
  clientCert: string;
  clientKey: string;
  /** clientCert and clientKey in one PEM file. */
  clientPem: string;
  /** clientKey encrypted with `passphrase`. */
  clientKeyEncrypted: string;
  passphrase: string;
  /** Another client certificate, that no test server trusts, and its key. */
  strangerCert: string;
  strangerKey: string;
}

function selfSigned(dir: string, name: string, cn: string, extra: string[] = []): void {
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', `/CN=${cn}`, ...extra,
    '-keyout', join(dir, `${name}.key`), '-out', join(dir, `${name}.crt`)], { stdio: 'ignore' });
}

/** Makes a server certificate for 127.0.0.1 and client certificates (plain, combined, encrypted) in a temp dir. */
export function makeTestCertificates(): TestCertificates {
  const dir = mkdtempSync(join(tmpdir(), 'stackclient-certs-'));
  selfSigned(dir, 'server', '127.0.0.1', ['-addext', 'subjectAltName=IP:127.0.0.1']);
  selfSigned(dir, 'client', 'stackclient-test-client');
  selfSigned(dir, 'stranger', 'someone-else');
  const passphrase = 'pem-pass-phrase-42';
  execFileSync('openssl', ['pkey', '-in', join(dir, 'client.key'), '-aes256', '-passout', `pass:${passphrase}`,
    '-out', join(dir, 'client-encrypted.key')], { stdio: 'ignore' });
  writeFileSync(join(dir, 'client.pem'), readFileSync(join(dir, 'client.crt'), 'utf8') + readFileSync(join(dir, 'client.key'), 'utf8'));
  return {
    dir,
    serverCert: join(dir, 'server.crt'),
    serverKey: join(dir, 'server.key'),
    clientCert: join(dir, 'client.crt'),
    clientKey: join(dir, 'client.key'),
    clientPem: join(dir, 'client.pem'),
    clientKeyEncrypted: join(dir, 'client-encrypted.key'),
    passphrase,
    strangerCert: join(dir, 'stranger.crt'),
    strangerKey: join(dir, 'stranger.key'),
  };
}
