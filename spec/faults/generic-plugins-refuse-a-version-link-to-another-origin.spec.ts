import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthPlugin } from '../../lib/auth-plugin.js';
import { AuthorizationFailure } from '../../lib/errors/framework-errors.js';
import { HTTPClient } from '../../lib/session/http-client.js';
import { Password, Token } from '../../plugins/keystone/index.js';
import { sendJson, startLoopback } from '../helpers/loopback-server.js';
import { startCredentialSink, versionsDocument } from './helpers/discovery-servers.js';

const PASSWORD = 'pw-never-leaves-origin-4b1d';
const INPUT_TOKEN = 'gAAAAAinput-never-leaves-origin-77e0';

describe('generic Password and Token send credentials only to the auth URL\'s origin', () => {
  let sink: Awaited<ReturnType<typeof startCredentialSink>>;
  let keystone: Awaited<ReturnType<typeof startLoopback>>;
  beforeAll(async () => {
    sink = await startCredentialSink();
    // The auth URL's server: its version document links every version to the sink's origin.
    keystone = await startLoopback((_req, res) => sendJson(res, 300, versionsDocument(sink.url)));
  });
  afterAll(async () => {
    await sink.close();
    await keystone.close();
  });

  const plugins: Array<[string, () => AuthPlugin, string]> = [
    ['Password', () => new Password({
      authUrl: keystone.url, username: 'alice', password: PASSWORD, userDomainName: 'Default', projectName: 'demo', projectDomainName: 'Default',
    }), PASSWORD],
    ['Token', () => new Token({ authUrl: keystone.url, token: INPUT_TOKEN, projectId: 'p1' }), INPUT_TOKEN],
  ];

  for (const [name, make, secret] of plugins) {
    it(`${name}: a self link to another port is an AuthorizationFailure naming both URLs, and the other origin gets nothing`, async () => {
      const http = new HTTPClient({ authPlugin: make(), retry: false });
      const error = await http.authenticate().catch((e: unknown) => e);
      http.close();
      expect(error).toBeInstanceOf(AuthorizationFailure);
      const message = (error as Error).message;
      expect(message).toContain(`${sink.url}/v3`);
      expect(message).toContain(keystone.url);
      expect(sink.seen).toHaveLength(0);
      expect(keystone.seen.map((r) => r.method)).not.toContain('POST');
      expect(inspect(error, { depth: Infinity })).not.toContain(secret);
    });
  }
});
