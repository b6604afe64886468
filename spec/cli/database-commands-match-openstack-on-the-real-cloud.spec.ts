import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ensureBuilt, runCli, tempHome, type CliRun } from './helpers/cli.js';
import { describeRealCloudOsc, osc, realCloudEnv, type OscRun } from './helpers/real-cloud-osc.js';

type Row = Record<string, unknown>;

/** Fields of a record created in this run that differ between two creations by nature. */
const CREATED_FIELDS = ['id', 'name', 'created', 'updated', 'service_status_updated'];

function parse<T>(r: CliRun | OscRun, what: string): T {
  expect(r.code, `${what}: ${r.stderr}`).toBe(0);
  return JSON.parse(r.stdout) as T;
}

function without(record: Row, keys: string[]): Row {
  return Object.fromEntries(Object.entries(record).filter(([k]) => !keys.includes(k)));
}

/** Trove's `instances_page_size` (and of the other lists): troveclient's instance and configuration lists show one page. */
const TROVE_PAGE = 20;

/**
 * Two listings taken a moment apart on a cloud others use too: the same columns, the rows of every ID both hold are equal,
 * and the rows that must be there are in both (in openstack's only when it printed less than its one page: stackclient
 * follows Trove's next links, troveclient's `instance list` does not).
 */
function expectSameRows(ours: Row[], theirs: Row[], mustHave: unknown[] = []): void {
  if (theirs.length > 0) expect(Object.keys(ours[0] ?? {})).toEqual(Object.keys(theirs[0]!));
  const byId = new Map(ours.map((r) => [r.ID, r]));
  for (const row of theirs) if (byId.has(row.ID)) expect(byId.get(row.ID)).toEqual(row);
  expect(theirs.filter((r) => byId.has(r.ID)).length).toBeGreaterThanOrEqual(Math.min(theirs.length, mustHave.length));
  for (const id of mustHave) {
    expect(ours.map((r) => r.ID)).toContain(id);
    if (theirs.length < TROVE_PAGE) expect(theirs.map((r) => r.ID)).toContain(id);
  }
}

// Parity of python-troveclient's OSC plugin and stackclient on the real Trove 18 API (issue 17): what Trove can do here
// (no guest agent: instances stay in BUILD) is compared by `-f json`; what it refuses is compared by exit code and message.
describeRealCloudOsc('database commands print what `openstack` prints, on the real cloud', () => {
  const home = tempHome();
  const prefix = `cli-database-${process.pid}-${randomBytes(3).toString('hex')}`;
  const ours = (...args: string[]) => runCli(args, home.dir, { env: realCloudEnv()!, timeoutMs: 60_000 });
  const theirs = (...args: string[]) => osc(args, home.dir);
  const both = (...args: string[]) => Promise.all([ours(...args), theirs(...args)]);
  const created: { ours?: Row; theirs?: Row; versionId?: string } = {};

  beforeAll(async () => {
    await ensureBuilt();
    // Trove asks Nova for flavors; this one is the run's own.
    const flavor = await theirs('flavor', 'create', '--ram', '256', '--disk', '1', '--vcpus', '1', `${prefix}-flavor`, '-f', 'json');
    expect(flavor.code, flavor.stderr).toBe(0);
    const create = (tool: (...args: string[]) => Promise<OscRun>, suffix: string) =>
      tool('database', 'instance', 'create', `${prefix}-${suffix}`, '--flavor', `${prefix}-flavor`, '--size', '1',
        '--datastore', 'mysql', '--datastore-version', '5.7', '-f', 'json');
    const [a, b] = await Promise.all([create(ours, 'ours'), create(theirs, 'osc')]);
    created.ours = parse<Row>(a, 'our instance create');
    created.theirs = parse<Row>(b, 'openstack database instance create');
  }, 180_000);

  afterAll(async () => {
    // Trove refuses to delete an instance in BUILD; --force resets its status first (it then stays SHUTDOWN here).
    for (const r of [created.ours, created.theirs]) if (r) await theirs('database', 'instance', 'delete', '--force', String(r.id));
    await theirs('flavor', 'delete', `${prefix}-flavor`);
    home.cleanup();
  }, 180_000);

  it('database instance create: the same record but for the id, name and timestamps; BUILD', () => {
    expect(Object.keys(created.ours!)).toEqual(Object.keys(created.theirs!));
    expect(without(created.ours!, CREATED_FIELDS)).toEqual(without(created.theirs!, CREATED_FIELDS));
    expect(created.ours).toMatchObject({ name: `${prefix}-ours`, status: 'BUILD', datastore_version_number: '5.7' });
  });

  it('database instance show, by name and by id: equal', async () => {
    for (const ref of [`${prefix}-ours`, String(created.ours!.id)]) {
      const [a, b] = await both('database', 'instance', 'show', ref, '-f', 'json');
      expect(parse<Row>(a, 'ours')).toEqual(parse<Row>(b, 'openstack'));
    }
    const [a, b] = await both('database', 'instance', 'show', `${prefix}-nothing`);
    expect([a.code, a.stderr.trim()]).toEqual([b.code, b.stderr.trim()]);
  }, 120_000);

  it('database instance list, and with --all-projects: equal rows', async () => {
    const ids = [created.ours!.id, created.theirs!.id];
    for (const extra of [[], ['--all-projects']]) {
      const [a, b] = await both('database', 'instance', 'list', ...extra, '-f', 'json');
      expectSameRows(parse<Row[]>(a, 'ours'), parse<Row[]>(b, 'openstack'), ids);
    }
  }, 120_000);

  it('datastore list, datastore version list mysql, database flavor list (plain and per version): equal', async () => {
    const [stores, theirStores] = await both('datastore', 'list', '-f', 'json');
    expect(parse<Row[]>(stores, 'ours')).toEqual(parse<Row[]>(theirStores, 'openstack'));
    const [versions, theirVersions] = await both('datastore', 'version', 'list', 'mysql', '-f', 'json');
    const v = parse<Row[]>(versions, 'ours');
    expect(v).toEqual(parse<Row[]>(theirVersions, 'openstack'));
    const flavorId = created.ours!.flavor;
    const [flavors, theirFlavors] = await both('database', 'flavor', 'list', '-f', 'json');
    expectSameRows(parse<Row[]>(flavors, 'ours'), parse<Row[]>(theirFlavors, 'openstack'), [flavorId]);
    const versionId = String(v.find((x) => x.Name === '5.7')!.ID);
    const [perVersion, theirPerVersion] = await both('database', 'flavor', 'list', '--datastore-type', 'mysql',
      '--datastore-version-id', versionId, '-f', 'json');
    expectSameRows(parse<Row[]>(perVersion, 'ours'), parse<Row[]>(theirPerVersion, 'openstack'), [flavorId]);
  }, 120_000);

  it('database backup list (all, and per instance) and database configuration list: equal', async () => {
    for (const args of [['backup', 'list'], ['backup', 'list', '--instance', `${prefix}-ours`], ['configuration', 'list']]) {
      const [a, b] = await both('database', ...args, '-f', 'json');
      expectSameRows(parse<Row[]>(a, 'ours'), parse<Row[]>(b, 'openstack'));
    }
  }, 120_000);

  it('database configuration create: what Trove answers here (422 without configuration parameters), both alike', async () => {
    const values = '{"max_connections": 100}';
    const [a, b] = await Promise.all([
      ours('database', 'configuration', 'create', `${prefix}-cfg-ours`, values, '--datastore', 'mysql', '--datastore-version', '5.7', '-f', 'json'),
      theirs('database', 'configuration', 'create', `${prefix}-cfg-osc`, values, '--datastore', 'mysql', '--datastore-version', '5.7', '-f', 'json'),
    ]);
    expect(a.code).toBe(b.code);
    if (b.code === 0) {
      const [x, y] = [parse<Row>(a, 'ours'), parse<Row>(b, 'openstack')];
      await Promise.all([theirs('database', 'configuration', 'delete', String(x.id)), theirs('database', 'configuration', 'delete', String(y.id))]);
      expect(without(x, CREATED_FIELDS)).toEqual(without(y, CREATED_FIELDS));
    } else {
      expect(b.stderr).toContain('Configuration groups are not supported for this datastore: mysql 5.7');
      expect(a.stderr).toContain('Configuration groups are not supported for this datastore: mysql 5.7');
    }
  }, 120_000);

  it('what Trove refuses on an instance in BUILD: both exit 1 with Trove\'s message', async () => {
    const id = String(created.ours!.id);
    const name = `${prefix}-ours`;
    const calls = [
      ['instance', 'restart', name], ['instance', 'resize', 'volume', name, '2'], ['instance', 'resize', 'flavor', name, `${prefix}-flavor`],
      ['db', 'list', name], ['db', 'create', name, 'shop'], ['db', 'delete', name, 'shop'],
      ['user', 'list', name], ['user', 'create', name, 'ann', 'pw-not-shown'], ['user', 'delete', name, 'ann'],
      ['backup', 'create', `${prefix}-backup`, '-i', name], ['configuration', 'attach', name, id],
    ];
    for (let i = 0; i < calls.length; i += 3) {
      const batch = calls.slice(i, i + 3);
      const results = await Promise.all(batch.map((args) => both('database', ...args)));
      results.forEach(([a, b], j) => {
        const what = batch[j]!.join(' ');
        expect([a.code, b.code], what).toEqual([1, 1]);
        for (const r of [a, b]) expect(r.stderr, what).toContain(`Instance ${id} is not ready.`);
        expect(a.stderr, what).not.toContain('pw-not-shown');
      });
    }
  }, 180_000);

  it('database instance delete: refused in BUILD with the same lines; --force is accepted with the same line', async () => {
    const [a, b] = await Promise.all([
      ours('database', 'instance', 'delete', `${prefix}-ours`), theirs('database', 'instance', 'delete', `${prefix}-osc`),
    ]);
    expect([a.code, b.code]).toEqual([1, 1]);
    expect(a.stdout).toBe(b.stdout.replace(String(created.theirs!.id), String(created.ours!.id)));
    expect(a.stderr.trim()).toBe(b.stderr.trim());
    const [c, d] = await Promise.all([
      ours('database', 'instance', 'delete', '--force', `${prefix}-ours`), theirs('database', 'instance', 'delete', '--force', `${prefix}-osc`),
    ]);
    expect([c.code, d.code]).toEqual([0, 0]);
    expect(c.stdout).toBe(`Request to delete database instance ${String(created.ours!.id)} has been accepted.\n`);
    expect(d.stdout).toBe(`Request to delete database instance ${String(created.theirs!.id)} has been accepted.\n`);
    const [e, f] = await both('database', 'backup', 'delete', `${prefix}-no-backup`);
    expect([e.code, f.code]).toEqual([1, 1]);
  }, 120_000);
});
