import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { HTTPClient } from '../../lib/session/http-client.js';
import type { Logger } from '../../lib/log/user-logger.js';
import { V3Password } from '../../plugins/keystone/index.js';
import { ComputeLikeClient } from '../helpers/compute-like-client.js';
import { expectNoSecrets } from '../helpers/capture-debug.js';
import { sendJson } from '../helpers/loopback-server.js';
import { startMinimalKeystone } from '../helpers/minimal-keystone.js';

const PASSWORD = 'hunter2-logger-spec-password';
const TOKEN = 'gAAAAABlogger-spec-token-0123456789abcdefghijklmnopqrstuvwxyz';

describe('a logger option', () => {
  let server: Awaited<ReturnType<typeof startMinimalKeystone>>;
  afterEach(() => server.close());

  it('receives the curl log and auth lines at debug level, with no password or token in them', async () => {
    // The service echoes the token and the password back, as a careless server might.
    server = await startMinimalKeystone(TOKEN, (req, res) => sendJson(res, 400, { badRequest: { code: 400, message: `bad ${req.headers['x-auth-token']} ${PASSWORD}` } }));
    const lines: { level: string; line: string }[] = [];
    const logger: Logger = {
      debug: (line) => lines.push({ level: 'debug', line }), info: (line) => lines.push({ level: 'info', line }),
      warn: (line) => lines.push({ level: 'warn', line }), error: (line) => lines.push({ level: 'error', line }),
    };
    const plugin = new V3Password({
      authUrl: `${server.url}/v3`, username: 'demo', password: PASSWORD, projectName: 'demo', userDomainName: 'Default', projectDomainName: 'Default',
    });
    const http = new HTTPClient({ authPlugin: plugin, regionName: 'RegionOne', retry: false, logger });
    const compute = new ComputeLikeClient(http);
    const error = await compute.post('servers', { json: { server: { name: 'web', adminPass: PASSWORD } } }).catch((e: unknown) => e);
    http.close();

    const text = lines.map((l) => l.line).join('\n');
    expect(new Set(lines.map((l) => l.level))).toEqual(new Set(['debug']));
    expect(text).toContain(`REQ: curl -g -i -X POST '${server.url}/v3/auth/tokens'`);
    expect(text).toContain(`REQ: curl -g -i -X POST '${server.url}/compute/servers'`);
    expect(text).toContain('RESP: [400]');
    expect(text).toContain('auth: authenticating with');
    expectNoSecrets(text, [PASSWORD, TOKEN]);
    expectNoSecrets(inspect(error, { depth: Infinity }), [PASSWORD, TOKEN]);
  });
});
