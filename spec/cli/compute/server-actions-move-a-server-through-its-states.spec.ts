import { describe, expect, it } from 'vitest';
import { activeServer, statusBecomes, useComputeCli } from './helpers.js';

describe('server stop/start/pause/unpause/suspend/resume/reboot, as a process, on the fake cloud', () => {
  const cli = useComputeCli();

  it('each action prints nothing, exits 0, and the server reaches the state Nova gives it', async () => {
    await activeServer(cli, 'worker');
    const steps: [string[], string, string][] = [
      [['stop'], 'SHUTOFF', 'Shutdown'],
      [['start'], 'ACTIVE', 'Running'],
      [['pause'], 'PAUSED', 'Paused'],
      [['unpause'], 'ACTIVE', 'Running'],
      [['suspend'], 'SUSPENDED', 'Suspended'],
      [['resume'], 'ACTIVE', 'Running'],
      [['reboot', '--hard'], 'ACTIVE', 'Running'],
      [['reboot', '--soft'], 'ACTIVE', 'Running'],
    ];
    for (const [args, status, power] of steps) {
      const r = await cli.run('server', ...args, 'worker');
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
      expect(r.stdout).toBe('');
      const shown = await statusBecomes(cli, 'worker', status);
      expect(shown['OS-EXT-STS:power_state']).toBe(power === 'Shutdown' ? 4 : power === 'Paused' ? 3 : power === 'Suspended' ? 7 : 1);
    }
  });

  it('takes several servers at once, as osc does', async () => {
    await activeServer(cli, 'a1');
    await activeServer(cli, 'a2');
    const r = await cli.run('server', 'pause', 'a1', 'a2');
    expect(r.code, r.stderr).toBe(0);
    await statusBecomes(cli, 'a1', 'PAUSED');
    await statusBecomes(cli, 'a2', 'PAUSED');
  });

  it('reboot --wait polls to ACTIVE with progress on stderr and says Complete on stdout', async () => {
    await activeServer(cli, 'rebooter');
    const r = await cli.run('server', 'reboot', '--hard', '--wait', '--poll-interval', '20', 'rebooter');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('Complete\n');
    expect(r.stderr).toMatch(/Progress: \d+ \(HARD_REBOOT\)/);
  });

  it("an action the state forbids is Nova's 409, one line, exit 1", async () => {
    await activeServer(cli, 'running');
    const r = await cli.run('server', 'resume', 'running');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/HTTP 409: Cannot 'resume' instance [0-9a-f-]+ while it is in vm_state active/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('an unknown server is osc\'s "No server with a name or ID of …" and exit 1', async () => {
    const r = await cli.run('server', 'stop', 'nowhere');
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe("No server with a name or ID of 'nowhere' exists.");
  });
});
