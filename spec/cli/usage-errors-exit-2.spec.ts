import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runCli, tempHome } from './helpers/cli.js';

describe('usage errors', () => {
  const home = tempHome();
  beforeAll(ensureBuilt);
  afterAll(() => home.cleanup());

  it('an unknown command exits 2 with a short message and no stack trace', async () => {
    const r = await runCli(['frobnicate', 'list'], home.dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown command 'frobnicate'/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe('');
  });

  it('an unknown flag, a missing argument and a bad -f value exit 2', async () => {
    for (const args of [['project', 'list', '--bogus'], ['project', 'show'], ['project', 'list', '-f', 'xml']]) {
      const r = await runCli(args, home.dir);
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(2);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('--help exits 0 and lists the command groups without contacting any cloud', async () => {
    const r = await runCli(['--help'], home.dir, { env: { OS_AUTH_URL: 'http://127.0.0.1:9/v3' } });
    expect(r.code).toBe(0);
    for (const group of ['token', 'catalog', 'project', 'server', 'database', 'request', 'tour']) expect(r.stdout).toContain(group);
  });
});
