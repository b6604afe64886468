import { afterAll, describe, expect, it } from 'vitest';
import { ensureBuilt, tempHome } from '../../cli/helpers/cli.js';
import { bothJson, expectSameJson, parityEnabled, runOpenstack, runOurs, uniqueName, without } from './parity-helpers.js';

describe.skipIf(!parityEnabled())('flavor list/show/create/delete -f json equal openstack\'s on the real Nova', () => {
  const home = tempHome();
  const ours = uniqueName('flv-a');
  const theirs = uniqueName('flv-b');
  afterAll(async () => {
    await runOpenstack(['flavor', 'delete', ours, theirs], home.dir);
    home.cleanup();
  });

  it('create prints the same record but for id and name; show, list and list --long are equal; delete removes it', async () => {
    await ensureBuilt();
    const args = ['--ram', '96', '--disk', '1', '--vcpus', '1', '--private', '--property', 'hw:cpu_policy=shared', '--property', 'k=v'];
    const a = await runOurs(['flavor', 'create', ours, ...args, '-f', 'json'], home.dir);
    const b = await runOpenstack(['flavor', 'create', theirs, ...args, '-f', 'json'], home.dir);
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    expect(without(JSON.parse(a.stdout), ['id', 'name'])).toEqual(without(JSON.parse(b.stdout), ['id', 'name']));

    await expectSameJson(['flavor', 'show', ours], home.dir);
    await expectSameJson(['flavor', 'show', theirs], home.dir);
    await expectSameJson(['flavor', 'list'], home.dir);
    await expectSameJson(['flavor', 'list', '--all', '--long'], home.dir);
    await expectSameJson(['flavor', 'list', '--private'], home.dir);

    const deleted = await runOurs(['flavor', 'delete', ours], home.dir);
    const deletedTheirs = await runOpenstack(['flavor', 'delete', theirs], home.dir);
    expect([deleted.code, deleted.stdout]).toEqual([deletedTheirs.code, deletedTheirs.stdout]);
    expect(deleted.code, deleted.stderr).toBe(0);
    const { ours: left } = await bothJson(['flavor', 'list', '--all'], home.dir);
    expect((left as { Name: string }[]).map((f) => f.Name)).not.toContain(ours);
  }, 240_000);

  it('a missing flavor: both exit 1', async () => {
    const name = uniqueName('none');
    const [a, b] = [await runOurs(['flavor', 'show', name], home.dir), await runOpenstack(['flavor', 'show', name], home.dir)];
    expect([a.code, b.code]).toEqual([1, 1]);
  }, 60_000);
});
