import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthorizationFailure } from '../../lib/errors/framework-errors.js';
import { HTTPClient } from '../../lib/session/http-client.js';
import { Password } from '../../plugins/keystone/index.js';
import { startCredentialSink } from './helpers/discovery-servers.js';

const PASSWORD = 'pw-never-in-cleartext-81fe';

describe('discovery on an https auth URL is not downgraded to http by a redirect', () => {
  const dir = mkdtempSync(join(tmpdir(), 'stackclient-downgrade-'));
  let sink: Awaited<ReturnType<typeof startCredentialSink>>;
  let tls: https.Server;
  let authUrl = '';
  beforeAll(async () => {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1',
      '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
    sink = await startCredentialSink();
    // The https Keystone answers its discovery GET with a redirect to plain http on the same host.
    tls = https.createServer({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }, (_req, res) => {
      res.writeHead(302, { Location: `${sink.url}/`, 'Content-Length': '0' });
      res.end();
    });
    await new Promise<void>((r) => tls.listen(0, '127.0.0.1', r));
    authUrl = `https://127.0.0.1:${(tls.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    tls.closeAllConnections();
    await new Promise((r) => tls.close(r));
    await sink.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('fails with an AuthorizationFailure naming the https auth URL and the http target; nothing reaches the http server', async () => {
    const plugin = new Password({
      authUrl, username: 'alice', password: PASSWORD, userDomainName: 'Default', projectName: 'demo', projectDomainName: 'Default',
    });
    const http = new HTTPClient({ authPlugin: plugin, verify: join(dir, 'cert.pem'), retry: false });
    const error = await http.authenticate().catch((e: unknown) => e);
    http.close();
    expect(error).toBeInstanceOf(AuthorizationFailure);
    expect((error as Error).message).toContain(authUrl);
    expect((error as Error).message).toContain(sink.url);
    expect(sink.seen).toHaveLength(0);
    expect(inspect(error, { depth: Infinity })).not.toContain(PASSWORD);
  });
});
