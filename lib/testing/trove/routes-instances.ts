import type { FakeRoute } from '../router.js';
import { fail } from './faults.js';
import { paginate } from './pagination.js';
import { accepted, bodyObject, optString, route, type TroveEnv } from './route-kit.js';
import type { DatabaseRecord, InstanceRecord, UserRecord } from './state.js';
import { backupStatus, instanceDetail, instanceSummary } from './views.js';
import { resolveDatastore } from './resolve.js';

/** /instances: list, list detail, create (BUILD → ACTIVE after buildMs), show, delete (SHUTDOWN → gone). */
export function instanceRoutes(env: TroveEnv): FakeRoute[] {
  const { store } = env;
  const byId = (i: InstanceRecord) => i.id;
  return [
    route(env, 'GET', '/instances', (req, s) => {
      const page = paginate(req, store.liveInstances(s.projectId, s.now), byId, env.page);
      return { status: 200, body: { instances: page.items.map((i) => instanceSummary(s.view, i)), links: page.links } };
    }),
    route(env, 'GET', '/instances/detail', (req, s) => {
      const page = paginate(req, store.liveInstances(s.projectId, s.now), byId, env.page);
      const body = page.items.map((i) => instanceDetail(s.view, i, configOf(env, i)));
      return { status: 200, body: { instances: body, links: page.links } };
    }),
    route(env, 'POST', '/instances', (req, s) => {
      const inst = buildInstance(env, bodyObject(req, 'instance'), s.projectId, s.now);
      store.instances.set(inst.id, inst);
      store.begin(inst, s.now, 'BUILD', env.buildMs, 'ACTIVE', () => {
        inst.ips = [store.nextIp()];
      });
      // Trove 18 answers a create with the instance's detail view (trove/instance/service.py create)
      return { status: 200, body: { instance: instanceDetail(s.view, inst) } };
    }),
    route(env, 'GET', '/instances/:id', (req, s) => {
      const inst = mustInstance(env, s.projectId, req.params.id ?? '', s.now);
      return { status: 200, body: { instance: instanceDetail(s.view, inst, configOf(env, inst)) } };
    }),
    route(env, 'DELETE', '/instances/:id', (req, s) => {
      const inst = mustInstance(env, s.projectId, req.params.id ?? '', s.now);
      if (inst.status === 'BUILD') fail(422, `Instance ${inst.id} is not ready. (Status is ${inst.status}).`);
      if (inst.status !== 'SHUTDOWN') store.begin(inst, s.now, 'SHUTDOWN', env.actionMs, 'DELETED');
      return accepted();
    }),
  ];
}

export function mustInstance(env: TroveEnv, projectId: string, id: string, now: number): InstanceRecord {
  const inst = env.store.instance(projectId, id, now);
  if (!inst) fail(404, `Resource ${id} cannot be found.`);
  return inst;
}

export function configOf(env: TroveEnv, inst: InstanceRecord) {
  return inst.configurationId === undefined ? undefined : env.store.configurations.get(inst.configurationId);
}

function buildInstance(env: TroveEnv, body: Record<string, unknown>, projectId: string, now: number): InstanceRecord {
  const { store } = env;
  const name = optString(body, 'name');
  if (!name) fail(400, `Validation error: instance 'name' is a required property`);
  const flavorRef = optString(body, 'flavorRef');
  if (!flavorRef) fail(400, `Validation error: instance 'flavorRef' is a required property`);
  const flavor = store.flavor(flavorRef);
  if (!flavor) fail(404, `Resource ${flavorRef} cannot be found.`);
  const volume = body.volume as { size?: unknown; type?: unknown } | undefined;
  if (typeof volume !== 'object' || volume === null) fail(400, `Validation error: instance 'volume' is a required property`);
  const size = Number(volume.size);
  if (!Number.isInteger(size) || size < 1) {
    fail(400, `Validation error: instance['volume']['size'] ${JSON.stringify(volume.size)} is not valid under any of the given schemas`);
  }
  const ds = (body.datastore ?? {}) as { type?: string; version?: string };
  const { datastore, version } = resolveDatastore(env, ds.type, ds.version);
  const restore = body.restorePoint as { backupRef?: string } | undefined;
  if (restore?.backupRef !== undefined) {
    const backup = store.backups.get(restore.backupRef);
    if (!backup || backup.projectId !== projectId) fail(404, `Resource ${restore.backupRef} cannot be found.`);
    const state = backupStatus(backup, now);
    if (state !== 'COMPLETED') {
      fail(409, `Unable to create instance because backup ${backup.id} is not completed. Actual state: ${state}.`);
    }
  }
  const configuration = optString(body, 'configuration');
  if (configuration !== undefined && store.configurations.get(configuration)?.projectId !== projectId) {
    fail(404, `Resource ${configuration} cannot be found.`);
  }
  const inst: InstanceRecord = {
    id: store.newId(),
    name,
    projectId,
    flavorId: flavor.id,
    volumeSize: size,
    ...(typeof volume.type === 'string' ? { volumeType: volume.type } : {}),
    datastore: { type: datastore.name, version: version.name, versionId: version.id, versionNumber: version.number },
    ...(typeof body.availability_zone === 'string' ? { availabilityZone: body.availability_zone } : {}),
    nics: Array.isArray(body.nics) ? body.nics : [],
    ...(typeof body.access === 'object' && body.access !== null ? { access: body.access as InstanceRecord['access'] & object } : {}),
    region: env.region,
    created: now,
    updated: now,
    status: 'BUILD',
    ips: [],
    databases: new Map<string, DatabaseRecord>(),
    users: new Map<string, UserRecord>(),
    ...(configuration !== undefined ? { configurationId: configuration } : {}),
  };
  for (const db of listOf(body.databases)) {
    const dbName = optString(db, 'name');
    if (!dbName) fail(400, `Validation error: instance['databases'] 'name' is a required property`);
    inst.databases.set(dbName, dbRecord(db, dbName));
  }
  for (const u of listOf(body.users)) {
    const userName = optString(u, 'name');
    const password = optString(u, 'password');
    if (!userName || !password) fail(400, `Validation error: instance['users'] 'name' and 'password' are required properties`);
    const dbs = listOf(u.databases).map((d) => String(d.name));
    inst.users.set(userName, { name: userName, host: optString(u, 'host') ?? '%', password, databases: new Set(dbs) });
  }
  return inst;
}

export function dbRecord(db: Record<string, unknown>, name: string): DatabaseRecord {
  const rec: DatabaseRecord = { name };
  const cs = optString(db, 'character_set');
  const collate = optString(db, 'collate');
  if (cs !== undefined) rec.character_set = cs;
  if (collate !== undefined) rec.collate = collate;
  return rec;
}

function listOf(v: unknown): Record<string, unknown>[] {
  return Array.isArray(v) ? v.filter((x): x is Record<string, unknown> => typeof x === 'object' && x !== null) : [];
}
