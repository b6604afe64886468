import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runCli, tempHome } from '../cli/helpers/cli.js';
import { sendJson, startLoopback } from '../helpers/loopback-server.js';
import { CONTROLS, RAW_CONTROL } from './helpers/hostile.js';

const PASSWORD = 'cli-echoed-pass phrase 7';

const home = tempHome();
let keystone: Awaited<ReturnType<typeof startLoopback>>;
beforeAll(async () => {
  await ensureBuilt();
  // Keystone's 400 that echoes the request body, with a terminal-driving message around it.
  keystone = await startLoopback((req, res) => {
    sendJson(res, 400, { error: { code: 400, title: 'Bad Request', message: `Invalid input${CONTROLS.join('')}: ${req.body}` } });
  });
});
afterAll(async () => {
  await keystone.close();
  home.cleanup();
});

describe('the CLI error line for a server message', () => {
  const env = () => ({
    OS_AUTH_URL: `${keystone.url}/v3`, OS_AUTH_TYPE: 'v3password', OS_USERNAME: 'demo', OS_PASSWORD: PASSWORD,
    OS_USER_DOMAIN_NAME: 'Default', OS_PROJECT_NAME: 'demo', OS_PROJECT_DOMAIN_NAME: 'Default',
  });

  it('holds neither the echoed password nor a raw control character', async () => {
    const r = await runCli(['--no-keyring', 'token', 'issue'], home.dir, { env: env() });
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('Invalid input\\x1b[2J\\x1b]0;owned\\x07\\x00\\x9b31m');
    expect(r.stderr).toContain('"password":"***"');
    expect(r.stderr).not.toContain(PASSWORD);
    expect(r.stderr.trimEnd()).not.toMatch(RAW_CONTROL);
  });

  it('with --debug (the curl log and the stack trace) too', async () => {
    const r = await runCli(['--debug', '--no-keyring', 'token', 'issue'], home.dir, { env: env() });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('RESP BODY:');
    expect(r.stderr).not.toContain(PASSWORD);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
  });
});
