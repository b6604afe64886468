import { expect, it } from 'vitest';
import { describeReal } from '../../real/helpers/real-keystone.js';
import { compareLifecycle, hasOsc, json, osc, ours, parityFixture, uniqueName } from './parity.js';

describeReal('service, endpoint and region create / set / show / delete give what openstack gives', () => {
  const { home, made } = parityFixture();

  it.skipIf(!hasOsc)('service: create --name --description, set --description --disable, show by name, delete', async () => {
    const names: [string, string] = [uniqueName('service'), uniqueName('service')];
    for (const n of names) made.push(['service', 'delete', n]);
    await compareLifecycle(home.dir, {
      create: (n) => ['service', 'create', 'parity-spec-type', '--name', n, '--description', 'made by a parity spec'],
      set: (n) => ['service', 'set', n, '--description', 'changed', '--disable'],
      show: (n) => ['service', 'show', n],
      delete: (n) => ['service', 'delete', n],
      volatile: ['id'],
    }, names, (a, b) => expect(a).toEqual(b));
  }, 120_000);

  it.skipIf(!hasOsc)('region: create --description, set --description, show, delete', async () => {
    const names: [string, string] = [uniqueName('region'), uniqueName('region')];
    for (const n of names) made.push(['region', 'delete', n]);
    await compareLifecycle(home.dir, {
      create: (n) => ['region', 'create', n, '--description', 'made by a parity spec', '--parent-region', 'RegionOne'],
      set: (n) => ['region', 'set', n, '--description', 'changed'],
      show: (n) => ['region', 'show', n],
      delete: (n) => ['region', 'delete', n],
      volatile: ['region'],
      goneLine: (n) => `No region with a name or ID of '${n}' exists.`,
    }, names, (a, b) => expect(a).toEqual(b));
  }, 120_000);

  it.skipIf(!hasOsc)('endpoint: create on a service, set --url --disable, show, delete', async () => {
    const service = uniqueName('service');
    made.push(['service', 'delete', service]);
    const serviceId = (json(await ours(home.dir, ['service', 'create', 'parity-spec-type', '--name', service, '-f', 'json']), 'service') as { id: string }).id;
    // Endpoints have no name: each tool's create answers an id, which the rest of the steps use.
    const created = await Promise.all([
      osc(['endpoint', 'create', service, 'internal', 'http://127.0.0.1:9/parity', '--region', 'RegionOne', '-f', 'json']),
      ours(home.dir, ['endpoint', 'create', service, 'internal', 'http://127.0.0.1:9/parity', '--region', 'RegionOne', '-f', 'json']),
    ]);
    const [a, b] = created.map((r, i) => json(r, i ? 'stackclient' : 'openstack') as Record<string, unknown>);
    for (const e of [a!, b!]) made.push(['endpoint', 'delete', String(e.id)]);
    expect({ ...b, id: '' }).toEqual({ ...a, id: '' });
    expect(Object.keys(b!)).toEqual(Object.keys(a!));
    expect(b).toMatchObject({ service_id: serviceId, service_name: service, interface: 'internal', region: 'RegionOne' });

    const set = await Promise.all([osc(['endpoint', 'set', String(a!.id), '--url', 'http://127.0.0.1:9/changed', '--disable']),
      ours(home.dir, ['endpoint', 'set', String(b!.id), '--url', 'http://127.0.0.1:9/changed', '--disable'])]);
    expect(set.map((r) => [r.code, r.stdout])).toEqual([[0, ''], [0, '']]);
    const shown = await Promise.all([osc(['endpoint', 'show', String(a!.id), '-f', 'json']), ours(home.dir, ['endpoint', 'show', String(a!.id), '-f', 'json']),
      ours(home.dir, ['endpoint', 'show', String(b!.id), '-f', 'json'])]);
    expect(json(shown[1], 'stackclient')).toEqual(json(shown[0], 'openstack'));
    expect({ ...(json(shown[2], 'stackclient') as object), id: '' }).toEqual({ ...(json(shown[0], 'openstack') as object), id: '' });
    const listed = await Promise.all([osc(['endpoint', 'list', '--service', serviceId, '-f', 'json']),
      ours(home.dir, ['endpoint', 'list', '--service', serviceId, '-f', 'json'])]);
    const byId = (v: unknown) => [...(v as { ID: string }[])].sort((x, y) => x.ID.localeCompare(y.ID));
    expect(byId(json(listed[1], 'stackclient'))).toEqual(byId(json(listed[0], 'openstack')));

    const deleted = await Promise.all([osc(['endpoint', 'delete', String(a!.id)]), ours(home.dir, ['endpoint', 'delete', String(b!.id)])]);
    expect(deleted.map((r) => [r.code, r.stdout])).toEqual([[0, ''], [0, '']]);
    const gone = await Promise.all([osc(['endpoint', 'show', String(a!.id)]), ours(home.dir, ['endpoint', 'show', String(b!.id)])]);
    // osc says "More than one endpoint exists with the name …" here: keystoneclient's find(name=…) lists every endpoint
    // (Keystone has no name filter for them). stackclient says what happened.
    expect([gone[1].code, gone[0].code]).toEqual([1, 1]);
    expect(gone[1].stderr).toBe(`No endpoint with a name or ID of '${String(b!.id)}' exists.\n`);
    expect((await ours(home.dir, ['service', 'delete', service])).code).toBe(0);
  }, 180_000);
});
