import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeCloud, type FakeCloud } from '../../lib/testing/index.js';
import { createFakeNova } from '../../lib/testing/nova/index.js';
import { ensureBuilt, fakeCloudEnv, runCli, tempHome } from './helpers/cli.js';

describe('--debug', () => {
  let cloud: FakeCloud;
  const home = tempHome();

  beforeAll(async () => {
    await ensureBuilt();
    cloud = await startFakeCloud({ services: [createFakeNova()] });
  });
  afterAll(async () => {
    await cloud?.close();
    home.cleanup();
  });

  it('writes the curl log to stderr with no password and no token in clear', async () => {
    const env = fakeCloudEnv(cloud);
    const r = await runCli(['--debug', '--no-keyring', 'token', 'issue', '-f', 'value', '-c', 'id'], home.dir, { env });
    expect(r.code, r.stderr).toBe(0);
    const token = r.stdout.trim();
    expect(token.length).toBeGreaterThan(10);
    expect(r.stderr).toMatch(/curl -g -i -X POST/);
    expect(r.stderr).not.toContain(env.OS_PASSWORD!);
    expect(r.stderr).not.toContain(token);

    const list = await runCli(['--debug', '--no-keyring', 'server', 'list'], home.dir, { env });
    expect(list.code, list.stderr).toBe(0);
    expect(list.stderr).toMatch(/curl -g -i -X GET '[^']*\/servers\/detail'/);
    expect(list.stderr).toMatch(/X-Auth-Token: \{SHA256\}[0-9a-f]{64}/);
    expect(list.stderr).not.toContain(env.OS_PASSWORD!);
    expect(list.stderr).not.toMatch(/X-Auth-Token: (?!\{SHA256\})/);
  });
});
