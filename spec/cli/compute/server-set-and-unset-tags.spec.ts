import { describe, expect, it } from 'vitest';
import { activeServer, useComputeCli } from './helpers.js';

const MV = ['--os-compute-api-version', '2.26'];

describe('server set --tag / unset --tag, as a process, on the fake cloud', () => {
  const cli = useComputeCli();

  it('adds tags (one PUT each, a repeat is harmless) and removes them; server show lists them', async () => {
    await activeServer(cli, 'tagged');
    const set = await cli.run(...MV, 'server', 'set', 'tagged', '--tag', 'web', '--tag', 'blue', '--tag', 'web');
    expect(set.code, set.stderr).toBe(0);
    expect((await cli.json(...MV, 'server', 'show', 'tagged')).tags).toEqual(['web', 'blue']);
    const unset = await cli.run(...MV, 'server', 'unset', 'tagged', '--tag', 'web');
    expect(unset.code, unset.stderr).toBe(0);
    expect((await cli.json(...MV, 'server', 'show', 'tagged')).tags).toEqual(['blue']);
  });

  it("removing a tag the server lacks is Nova's 404; below 2.26 --tag is refused as osc refuses it", async () => {
    await activeServer(cli, 'untagged');
    const missing = await cli.run(...MV, 'server', 'unset', 'untagged', '--tag', 'nope');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/HTTP 404: Instance [0-9a-f-]+ has no tag 'nope'/);
    for (const verb of ['set', 'unset']) {
      const old = await cli.run('server', verb, 'untagged', '--tag', 'x');
      expect(old.code, verb).toBe(1);
      expect(old.stderr.trim()).toBe('--os-compute-api-version 2.26 or greater is required to support the --tag option');
    }
  });
});
