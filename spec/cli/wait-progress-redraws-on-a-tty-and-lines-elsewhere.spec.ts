import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeCloud, type FakeCloud } from '../../lib/testing/index.js';
import { createFakeNova } from '../../lib/testing/nova/index.js';
import { CLI, ensureBuilt, fakeCloudEnv, runCli, tempHome } from './helpers/cli.js';

const PROGRESS = /^Progress: \d+ \((BUILD|ACTIVE)\)$/;

/** Runs the CLI under `script`, whose pseudo-terminal is its stdout and stderr; what the terminal got, as written. */
function onATerminal(args: string[], env: Record<string, string>, home: string): Promise<{ code: number | null; output: string }> {
  const command = [process.execPath, CLI, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ');
  return new Promise((resolve) => {
    execFile('script', ['-qec', command, '/dev/null'], {
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home, XDG_CONFIG_HOME: join(home, '.config'), ...env }, timeout: 30_000,
    }, (error, stdout) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, output: stdout }));
  });
}

describe('--wait progress: one redrawn line on a terminal, one line per change elsewhere', () => {
  let cloud: FakeCloud;
  const home = tempHome();
  const create = (name: string) => ['--no-keyring', 'server', 'create', name, '--flavor', 'm1.tiny', '--image', 'cirros', '--wait', '--poll-interval', '50',
    '-f', 'value', '-c', 'status'];

  beforeAll(async () => {
    await ensureBuilt();
    cloud = await startFakeCloud({ services: [createFakeNova({ buildMs: 600 })] });
  });
  afterAll(async () => {
    await cloud?.close();
    home.cleanup();
  });

  it('stderr piped: each change on a line of its own, no carriage return, no repeated line', async () => {
    const r = await runCli(create('piped-1'), home.dir, { env: fakeCloudEnv(cloud) });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('ACTIVE\n');
    expect(r.stderr).not.toContain('\r');
    const lines = r.stderr.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const line of lines) expect(line).toMatch(PROGRESS);
    for (let i = 1; i < lines.length; i++) expect(lines[i]).not.toBe(lines[i - 1]);
    expect(lines[0]).toContain('(BUILD)');
    expect(lines.at(-1)).toContain('(ACTIVE)');
  });

  it('on a terminal: the line is redrawn with \\r and ended once, before the result', async () => {
    const r = await onATerminal(create('tty-1'), fakeCloudEnv(cloud), home.dir);
    expect(r.code, r.output).toBe(0);
    // The terminal turns each \n into \r\n; the progress itself only ever writes \r to go back.
    const text = r.output.replace(/\r\n/g, '\n');
    const [progress, ...rest] = text.split('\n');
    expect(rest.join('\n')).toBe('ACTIVE\n');
    const draws = progress!.split('\r').slice(1);
    expect(draws.length).toBeGreaterThanOrEqual(2);
    for (const draw of draws) expect(draw.trimEnd()).toMatch(PROGRESS);
    expect(draws[0]).toContain('(BUILD)');
    expect(draws.at(-1)).toContain('(ACTIVE)');
  });
});
