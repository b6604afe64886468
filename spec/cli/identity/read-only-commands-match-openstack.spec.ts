import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeReal } from '../../real/helpers/real-keystone.js';
import { ensureBuilt, tempHome } from '../helpers/cli.js';
import { hasOsc, json, osc, ours, sortedRows } from './parity.js';

// Every read-only identity command, `-f json` from stackclient and from openstack on the same Keystone: the same
// keys in the same order, the same values (lists compared as sets of rows).
const COMMANDS: string[][] = [
  ['domain', 'list'], ['domain', 'show', 'default'],
  ['project', 'list'], ['project', 'list', '--long'], ['project', 'list', '--domain', 'default'], ['project', 'show', 'demo'],
  ['user', 'list'], ['user', 'list', '--long'], ['user', 'list', '--project', 'demo'], ['user', 'show', 'demo'],
  ['group', 'list'], ['group', 'list', '--long'],
  ['role', 'list'], ['role', 'list', '--domain', 'default'], ['role', 'show', 'admin'],
  ['role', 'assignment', 'list'], ['role', 'assignment', 'list', '--names'], ['role', 'assignment', 'list', '--user', 'demo', '--project', 'demo', '--names'],
  ['role', 'assignment', 'list', '--effective', '--user', 'admin'], ['role', 'assignment', 'list', '--role', 'admin', '--system', 'all'],
  ['role', 'assignment', 'list', '--auth-user', '--auth-project'], ['role', 'assignment', 'list', '--inherited'],
  ['service', 'list'], ['service', 'list', '--long'], ['service', 'show', 'identity'],
  ['endpoint', 'list'], ['endpoint', 'list', '--service', 'identity', '--interface', 'public'],
  ['region', 'list'], ['region', 'show', 'RegionOne'],
  ['application', 'credential', 'list'],
];

describeReal('read-only identity commands give what openstack gives', () => {
  const home = tempHome();
  beforeAll(ensureBuilt);
  afterAll(() => home.cleanup());

  it.skipIf(!hasOsc).each(COMMANDS.map((c) => [c.join(' '), c]))('%s -f json', async (_label, args) => {
    const [mine, theirs] = await Promise.all([ours(home.dir, [...args, '-f', 'json']), osc([...args, '-f', 'json'])]);
    const [a, b] = [json(mine, 'stackclient'), json(theirs, 'openstack')];
    expect(sortedRows(a)).toEqual(sortedRows(b));
    const keysOf = (v: unknown) => Object.keys((Array.isArray(v) ? v[0] : v) ?? {});
    expect(keysOf(a)).toEqual(keysOf(b));
  }, 60_000);

  it.skipIf(!hasOsc)('endpoint show of the identity endpoint', async () => {
    const id = (json(await osc(['endpoint', 'list', '--service', 'identity', '-f', 'json']), 'openstack') as { ID: string }[])[0]!.ID;
    const [mine, theirs] = await Promise.all([ours(home.dir, ['endpoint', 'show', id, '-f', 'json']), osc(['endpoint', 'show', id, '-f', 'json'])]);
    expect(json(mine, 'stackclient')).toEqual(json(theirs, 'openstack'));
    expect(Object.keys(json(mine, 'stackclient') as object)).toEqual(Object.keys(json(theirs, 'openstack') as object));
  }, 60_000);
});
