import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runCli, tempHome } from './helpers/cli.js';

describe('the embedded local cloud', () => {
  const home = tempHome();
  beforeAll(ensureBuilt);
  afterAll(() => home.cleanup());

  it('with nothing configured, `server list` exits 1 with one line naming what was looked for and suggesting --os-cloud local', async () => {
    const r = await runCli(['server', 'list', '-f', 'json'], home.dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    for (const looked of ['OS_CLOUD', 'clouds.yaml', 'OS_AUTH_URL', '--os-cloud local']) expect(r.stderr).toContain(looked);
  });

  it('--os-cloud local: `server list` runs on it and says so once on stderr', async () => {
    const r = await runCli(['--os-cloud', 'local', 'server', 'list', '-f', 'json'], home.dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr.match(/embedded local cloud/g)).toHaveLength(1);
    const rows = JSON.parse(r.stdout) as { Name: string; Status: string }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((x) => x.Status === 'ACTIVE')).toBe(true);
  });

  it('--os-cloud local selects it even when OS_AUTH_URL is set', async () => {
    const r = await runCli(['--os-cloud', 'local', 'database', 'flavor', 'list', '-f', 'value', '-c', 'Name'], home.dir,
      { env: { OS_AUTH_URL: 'http://127.0.0.1:9/v3' } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('m1.small');
  });

  it('`tour` narrates authenticate, catalog, server, database, re-authentication and timings, and exits 0 within seconds', async () => {
    const r = await runCli(['tour'], home.dir, { timeoutMs: 30_000 });
    expect(r.code, r.stderr).toBe(0);
    for (const step of ['1. Authenticate', '2. The service catalog', '3. Boot a server', '4. A database instance', '5. The cloud revokes', '7. Timings']) {
      expect(r.stdout).toContain(step);
    }
    expect(r.stdout).toMatch(/is ACTIVE after/);
    expect(r.stdout).toMatch(/authentications 1 → 2/);
    expect(r.stdout).toMatch(/\| Total +\| +[\d.]+ \|/);
    expect(r.ms).toBeLessThan(15_000);
  });
});
