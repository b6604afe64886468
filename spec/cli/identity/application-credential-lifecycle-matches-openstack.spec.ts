import { expect, it } from 'vitest';
import { describeReal } from '../../real/helpers/real-keystone.js';
import { compareLifecycle, hasOsc, json, osc, ours, parityFixture, sortedRows, uniqueName } from './parity.js';

describeReal('application credential create / list / show / delete give what openstack gives', () => {
  const { home, made } = parityFixture();

  it.skipIf(!hasOsc)('create --role --expiration --description, show, delete; the roles as one line of names', async () => {
    const names: [string, string] = [uniqueName('appcred'), uniqueName('appcred')];
    for (const n of names) made.push(['application', 'credential', 'delete', n]);
    await compareLifecycle(home.dir, {
      create: (n) => ['application', 'credential', 'create', n, '--role', 'admin',
        '--expiration', '2031-01-01T00:00:00', '--description', 'made by a parity spec'],
      show: (n) => ['application', 'credential', 'show', n],
      delete: (n) => ['application', 'credential', 'delete', n],
      // The secret is Keystone's, made anew for each credential.
      volatile: ['id', 'secret'],
    }, names, (a, b) => expect(a).toEqual(b));
  }, 120_000);

  it.skipIf(!hasOsc)('list shows the same rows, then both are gone', async () => {
    const [a, b] = [uniqueName('appcred'), uniqueName('appcred')];
    made.push(['application', 'credential', 'delete', a, b]);
    const created = await Promise.all([osc(['application', 'credential', 'create', a, '--secret', 'parity-spec-secret', '-f', 'json']),
      ours(home.dir, ['application', 'credential', 'create', b, '--secret', 'parity-spec-secret', '--unrestricted', '-f', 'json'])]);
    expect(json(created[0], 'openstack')).toMatchObject({ name: a, secret: 'parity-spec-secret', unrestricted: false });
    expect(json(created[1], 'stackclient')).toMatchObject({ name: b, secret: 'parity-spec-secret', unrestricted: true });
    const listed = await Promise.all([osc(['application', 'credential', 'list', '-f', 'json']),
      ours(home.dir, ['application', 'credential', 'list', '-f', 'json'])]);
    expect(sortedRows(json(listed[1], 'stackclient'))).toEqual(sortedRows(json(listed[0], 'openstack')));
    expect((json(listed[1], 'stackclient') as { Name: string }[]).map((r) => r.Name)).toEqual(expect.arrayContaining([a, b]));
    const deleted = await ours(home.dir, ['application', 'credential', 'delete', a, b]);
    expect([deleted.code, deleted.stdout, deleted.stderr]).toEqual([0, '', '']);
  }, 120_000);
});
