import { afterAll, describe, expect, it } from 'vitest';
import { ensureBuilt, tempHome } from '../../cli/helpers/cli.js';
import { expectSameJson, parityEnabled, runOpenstack, runOurs, uniqueName, without } from './parity-helpers.js';

describe.skipIf(!parityEnabled())('server group list/create/show/delete -f json equal openstack\'s on the real Nova', () => {
  const home = tempHome();
  const ours = uniqueName('sg-a');
  const theirs = uniqueName('sg-b');
  afterAll(async () => {
    await runOpenstack(['server', 'group', 'delete', ours, theirs], home.dir);
    home.cleanup();
  });

  it('create prints the same record but for id and name; list, list --long and show are equal; delete removes them', async () => {
    await ensureBuilt();
    const args = ['--policy', 'anti-affinity', '--rule', 'max_server_per_host=1'];
    const a = await runOurs(['server', 'group', 'create', ours, ...args, '-f', 'json'], home.dir);
    const b = await runOpenstack(['server', 'group', 'create', theirs, ...args, '-f', 'json'], home.dir);
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    expect(without(JSON.parse(a.stdout), ['id', 'name'])).toEqual(without(JSON.parse(b.stdout), ['id', 'name']));

    await expectSameJson(['server', 'group', 'show', ours], home.dir);
    await expectSameJson(['server', 'group', 'list'], home.dir);
    await expectSameJson(['server', 'group', 'list', '--long'], home.dir);
    await expectSameJson(['server', 'group', 'list', '--all-projects', '--long'], home.dir);
    await expectSameJson(['--os-compute-api-version', '2.15', 'server', 'group', 'list'], home.dir);

    const [da, db] = [await runOurs(['server', 'group', 'delete', ours], home.dir), await runOpenstack(['server', 'group', 'delete', theirs], home.dir)];
    expect([da.code, da.stdout]).toEqual([db.code, db.stdout]);
    expect(da.code, da.stderr).toBe(0);
    const [ga, gb] = [await runOurs(['server', 'group', 'show', ours], home.dir), await runOpenstack(['server', 'group', 'show', theirs], home.dir)];
    expect([ga.code, gb.code]).toEqual([1, 1]);
  }, 240_000);
});
