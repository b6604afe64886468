import { expect, it } from 'vitest';
import { describeReal } from '../../real/helpers/real-keystone.js';
import { compareLifecycle, hasOsc, json, osc, ours, parityFixture, sortedRows, uniqueName } from './parity.js';

describeReal('user and group commands give what openstack gives', () => {
  const { home, made } = parityFixture();

  it.skipIf(!hasOsc)('user: create --project --password --email --description, set --email --disable, show, delete', async () => {
    const names: [string, string] = [uniqueName('user'), uniqueName('user')];
    for (const n of names) made.push(['user', 'delete', n]);
    await compareLifecycle(home.dir, {
      create: (n) => ['user', 'create', n, '--domain', 'default', '--project', 'demo', '--password', 'pw-parity-spec', '--email', 'a@example.org',
        '--description', 'made by a parity spec'],
      set: (n) => ['user', 'set', n, '--email', 'b@example.org', '--disable'],
      show: (n) => ['user', 'show', n],
      delete: (n) => ['user', 'delete', n],
      volatile: ['id'],
    }, names, (a, b) => expect(a).toEqual(b));
  }, 120_000);

  it.skipIf(!hasOsc)('group: create, set, show, delete; add / contains / remove user; list --user and user list --group', async () => {
    const names: [string, string] = [uniqueName('group'), uniqueName('group')];
    for (const n of names) made.push(['group', 'delete', n]);
    const [a, b] = names;
    const [ca, cb] = await Promise.all([osc(['group', 'create', a, '--description', 'made by a parity spec']),
      ours(home.dir, ['group', 'create', b, '--description', 'made by a parity spec'])]);
    expect([ca.code, cb.code]).toEqual([0, 0]);
    // Membership, each tool on its own group: the same words on the same streams.
    const added = await Promise.all([osc(['group', 'add', 'user', a, 'demo']), ours(home.dir, ['group', 'add', 'user', b, 'demo'])]);
    expect([added[1].code, added[1].stdout, added[1].stderr]).toEqual([0, '', '']);
    expect(added[0].code).toBe(0);
    const contains = await Promise.all([osc(['group', 'contains', 'user', a, 'demo']), ours(home.dir, ['group', 'contains', 'user', b, 'demo'])]);
    expect([contains[1].code, contains[1].stdout.replace(b, 'G')]).toEqual([contains[0].code, contains[0].stdout.replace(a, 'G')]);
    expect(contains[1].stdout).toBe(`demo in group ${b}\n`);
    const listed = await Promise.all([osc(['user', 'list', '--group', a, '-f', 'json']), ours(home.dir, ['user', 'list', '--group', b, '-f', 'json'])]);
    expect(json(listed[1], 'stackclient')).toEqual(json(listed[0], 'openstack'));
    const groups = await Promise.all([osc(['group', 'list', '--user', 'demo', '--long', '-f', 'json']),
      ours(home.dir, ['group', 'list', '--user', 'demo', '--long', '-f', 'json'])]);
    expect(sortedRows(json(groups[1], 'stackclient'))).toEqual(sortedRows(json(groups[0], 'openstack')));
    const removed = await Promise.all([osc(['group', 'remove', 'user', a, 'demo']), ours(home.dir, ['group', 'remove', 'user', b, 'demo'])]);
    expect([removed[1].code, removed[1].stdout, removed[1].stderr]).toEqual([0, '', '']);
    const notIn = await Promise.all([osc(['group', 'contains', 'user', a, 'demo']), ours(home.dir, ['group', 'contains', 'user', b, 'demo'])]);
    expect([notIn[1].code, notIn[1].stdout, notIn[1].stderr.replace(b, 'G')]).toEqual([notIn[0].code, notIn[0].stdout, notIn[0].stderr.replace(a, 'G')]);
    expect(notIn[1].stderr).toBe(`demo not in group ${b}\n`);
    // A user that does not exist: osc's per-user line, then its summary, exit 1.
    const missing = await Promise.all([osc(['group', 'add', 'user', a, 'no-such-user-xyz']), ours(home.dir, ['group', 'add', 'user', b, 'no-such-user-xyz'])]);
    expect(missing[1].code).toBe(1);
    expect(missing[0].code).toBe(1);
    expect(missing[1].stderr).toBe(`no-such-user-xyz not added to group ${b}: No user with a name or ID of 'no-such-user-xyz' exists.\n`
      + `1 of 1 users not added to group ${b}.\n`);

    await compareLifecycle(home.dir, {
      create: (n) => ['group', 'create', n, '--domain', 'default', '--description', 'made by a parity spec'],
      set: (n) => ['group', 'set', n, '--description', 'changed'],
      show: (n) => ['group', 'show', n],
      delete: (n) => ['group', 'delete', n],
      volatile: ['id'],
    }, [uniqueName('group'), uniqueName('group')], (x, y) => expect(x).toEqual(y));
    const deleted = await Promise.all([osc(['group', 'delete', a]), ours(home.dir, ['group', 'delete', b])]);
    expect([deleted[0].code, deleted[1].code]).toEqual([0, 0]);
  }, 180_000);
});
