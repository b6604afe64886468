import { expect, it } from 'vitest';
import { describeReal } from '../../real/helpers/real-keystone.js';
import { compareLifecycle, hasOsc, json, osc, ours, parityFixture, sortedRows, uniqueName } from './parity.js';

describeReal('role create / show / delete, role add / remove and role assignment list give what openstack gives', () => {
  const { home, made } = parityFixture();

  it.skipIf(!hasOsc)('role: create --description, show, delete', async () => {
    const names: [string, string] = [uniqueName('role'), uniqueName('role')];
    for (const n of names) made.push(['role', 'delete', n]);
    await compareLifecycle(home.dir, {
      create: (n) => ['role', 'create', n, '--description', 'made by a parity spec'],
      show: (n) => ['role', 'show', n],
      delete: (n) => ['role', 'delete', n],
      volatile: ['id'],
    }, names, (a, b) => expect(a).toEqual(b));
  }, 120_000);

  it.skipIf(!hasOsc)('role add / remove on a user and a project, on a group and a domain; assignment list --names, --effective', async () => {
    const role = uniqueName('role');
    const group = uniqueName('group');
    made.push(['role', 'delete', role], ['group', 'delete', group]);
    expect((await ours(home.dir, ['role', 'create', role])).code).toBe(0);
    expect((await ours(home.dir, ['group', 'create', group])).code).toBe(0);
    expect((await ours(home.dir, ['group', 'add', 'user', group, 'demo'])).code).toBe(0);
    const list = (args: string[]) => Promise.all([ours(home.dir, ['role', 'assignment', 'list', '--role', role, ...args, '-f', 'json']),
      osc(['role', 'assignment', 'list', '--role', role, ...args, '-f', 'json'])]);
    const same = async (args: string[]) => {
      const [mine, theirs] = await list(args);
      expect(sortedRows(json(mine, 'stackclient'))).toEqual(sortedRows(json(theirs, 'openstack')));
      return json(mine, 'stackclient') as Record<string, unknown>[];
    };

    // stackclient grants on the project; openstack grants to the group on the domain.
    const added = await Promise.all([ours(home.dir, ['role', 'add', role, '--user', 'demo', '--project', 'demo']),
      osc(['role', 'add', role, '--group', group, '--domain', 'default'])]);
    expect(added.map((r) => [r.code, r.stdout])).toEqual([[0, ''], [0, '']]);
    expect(await same(['--names'])).toHaveLength(2);
    await same([]);
    const effective = await same(['--effective', '--names', '--user', 'demo']);
    expect(effective.map((r) => r.Project || r.Domain).sort()).toEqual(['Default', 'demo@Default']);
    await same(['--group', group, '--names']);
    await same(['--project', 'demo']);

    // Then the other way round: each tool removes what the other added.
    const removed = await Promise.all([ours(home.dir, ['role', 'remove', role, '--group', group, '--domain', 'default']),
      osc(['role', 'remove', role, '--user', 'demo', '--project', 'demo'])]);
    expect(removed.map((r) => [r.code, r.stdout])).toEqual([[0, ''], [0, '']]);
    expect(await same(['--names'])).toEqual([]);

    // An inherited grant (OS-INHERIT): stackclient adds it, openstack lists it as inherited and removes it.
    expect((await ours(home.dir, ['role', 'add', role, '--user', 'demo', '--domain', 'default', '--inherited'])).code).toBe(0);
    const inherited = await same(['--inherited', '--names']);
    expect(inherited).toEqual([{ Role: role, User: 'demo@Default', Group: '', Project: '', Domain: 'Default', System: '', Inherited: true }]);
    expect((await osc(['role', 'remove', role, '--user', 'demo', '--domain', 'default', '--inherited'])).code).toBe(0);
    expect(await same(['--inherited'])).toEqual([]);

    // No actor nor target: osc's CommandError, exit 1.
    const bad = await Promise.all([ours(home.dir, ['role', 'add', role]), osc(['role', 'add', role])]);
    expect([bad[0].code, bad[0].stderr]).toEqual([bad[1].code, bad[1].stderr]);
  }, 180_000);
});
