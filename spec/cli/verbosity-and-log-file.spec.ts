import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeCloudEnv, lines, runCli } from './helpers/cli.js';
import { useCliSuite } from './helpers/suite.js';

describe('-v, -q and --log-file', () => {
  const suite = useCliSuite({});
  const run = (...args: string[]) => runCli(['--no-keyring', ...args], suite.home.dir, { env: fakeCloudEnv(suite.cloud) });

  it('by default stderr is empty; -v adds osc\'s info lines; -vv adds the debug log', async () => {
    const [plain, v, vv] = await Promise.all([run('project', 'list'), run('-v', 'project', 'list'), run('-vv', 'project', 'list')]);
    expect(plain.code, plain.stderr).toBe(0);
    expect(plain.stderr).toBe('');
    expect(lines(v.stderr)).toEqual(['START with options: --no-keyring -v project list', 'command: project list', 'Using auth plugin: password',
      'END return value: 0']);
    expect(vv.stderr).toMatch(/REQ: curl -g -i -X POST '[^']*\/auth\/tokens'/);
    expect(vv.stderr).toMatch(/REQ: curl -g -i -X GET '[^']*\/projects'/);
    expect(vv.stderr).not.toContain(fakeCloudEnv(suite.cloud).OS_PASSWORD!);
    for (const r of [v, vv]) expect(r.stdout).toBe(plain.stdout);
  });

  it('-q leaves only errors: no warning, but the error line and its exit code', async () => {
    // The embedded cloud's notice is a warning: there without -q, gone with it.
    const [noisy, quiet] = await Promise.all([run('--os-cloud', 'local', 'project', 'list'), run('-q', '--os-cloud', 'local', 'project', 'list')]);
    expect(noisy.code, noisy.stderr).toBe(0);
    expect(noisy.stderr).toContain('using the embedded local cloud');
    expect(quiet.code, quiet.stderr).toBe(0);
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout).toMatch(/\| Name +\|/);
    const missing = await run('-q', 'project', 'show', 'no-such-project');
    expect(missing.code).toBe(1);
    expect(lines(missing.stderr)).toHaveLength(1);
    expect(missing.stderr).toContain('no-such-project');
  });

  it('--log-file gets the debug log (redacted) without -v, and stderr stays empty', async () => {
    const file = join(suite.home.dir, 'debug.log');
    const r = await run('--log-file', file, 'token', 'issue', '-f', 'value', '-c', 'id');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const token = r.stdout.trim();
    const log = readFileSync(file, 'utf8');
    expect(log).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} INFO stackclient START with options: /m);
    expect(log).toMatch(/ DEBUG stackclient REQ: curl -g -i -X POST '[^']*\/auth\/tokens'/);
    expect(log).toMatch(/x-subject-token: \{SHA256\}[0-9a-f]{64}/i);
    expect(log).not.toContain(token);
    expect(log).not.toContain(fakeCloudEnv(suite.cloud).OS_PASSWORD!);
  });

  it('--log-file in a directory that does not exist: exit 1, one line naming the file', async () => {
    const file = join(suite.home.dir, 'no', 'such', 'dir', 'debug.log');
    const r = await run('--log-file', file, 'project', 'list');
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toEqual([`Cannot open the --log-file ${file} (ENOENT); check that its directory exists and is writable`]);
  });
});
