import { describe, expect, it } from 'vitest';
import { useTroveCli } from './helpers/trove-cli.js';

// troveclient/osc/v1/database_instances.py: restart, resize flavor <instance> <flavor>, resize volume <instance> <size>.
describe('database instance restart and resize, on the fake cloud', () => {
  const cli = useTroveCli();

  it('restart moves an ACTIVE instance to REBOOT and prints nothing', async () => {
    await cli.activeInstance('restart-me');
    const r = await cli.run('database', 'instance', 'restart', 'restart-me');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    const shown = await cli.json('database', 'instance', 'show', 'restart-me');
    expect(shown.status).toBe('REBOOT');
  });

  it('resize volume grows the volume; resize flavor (by name) changes the flavor', async () => {
    const created = await cli.activeInstance('grow-me');
    expect(created.volume).toBe(2);
    const volume = await cli.run('database', 'instance', 'resize', 'volume', 'grow-me', '5');
    expect(volume.code, volume.stderr).toBe(0);
    await expect.poll(async () => (await cli.json('database', 'instance', 'show', 'grow-me')).status, { interval: 100, timeout: 8000 }).toBe('ACTIVE');
    expect((await cli.json('database', 'instance', 'show', 'grow-me')).volume).toBe(5);

    const flavor = await cli.run('database', 'instance', 'resize', 'flavor', 'grow-me', 'm1.medium');
    expect(flavor.code, flavor.stderr).toBe(0);
    await expect.poll(async () => (await cli.json('database', 'instance', 'show', 'grow-me')).flavor, { interval: 100, timeout: 8000 }).toBe('3');
  });
});
