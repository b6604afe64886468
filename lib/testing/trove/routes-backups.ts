import type { FakeRequest, FakeRoute } from '../router.js';
import { fail } from './faults.js';
import { paginate } from './pagination.js';
import { accepted, bodyObject, optString, route, type Scope, type TroveEnv } from './route-kit.js';
import { mustBeReady } from './not-ready.js';
import { mustInstance } from './routes-instances.js';
import type { BackupRecord } from './state.js';
import { backupStatus, backupView } from './views.js';

/** /backups and /instances/{id}/backups. A backup is NEW, then BUILDING, then COMPLETED after actionMs. */
export function backupRoutes(env: TroveEnv): FakeRoute[] {
  const { store } = env;
  const list = (req: FakeRequest, s: Scope, instanceId?: string) => {
    const datastore = req.query.get('datastore');
    const all = [...store.backups.values()].filter(
      (b) =>
        b.projectId === s.projectId &&
        (instanceId === undefined || b.instanceId === instanceId) &&
        (datastore === null || b.datastore.type === datastore),
    );
    const page = paginate(req, all, (b: BackupRecord) => b.id, env.page);
    return { status: 200, body: { backups: page.items.map((b) => backupView(b, s.now)), links: page.links } };
  };
  const mustBackup = (id: string, s: Scope): BackupRecord => {
    const b = store.backups.get(id);
    if (!b || b.projectId !== s.projectId) fail(404, `Resource ${id} cannot be found.`);
    return b;
  };
  return [
    route(env, 'GET', '/backups', (req, s) => list(req, s, req.query.get('instance_id') ?? undefined)),
    route(env, 'GET', '/instances/:id/backups', (req, s) => list(req, s, mustInstance(env, s.projectId, req.params.id ?? '', s.now).id)),
    route(env, 'POST', '/backups', (req, s) => {
      const body = bodyObject(req, 'backup');
      const name = optString(body, 'name');
      if (!name) fail(400, `Validation error: backup 'name' is a required property`);
      const instanceId = optString(body, 'instance');
      if (!instanceId) fail(400, `Validation error: backup 'instance' is a required property`);
      const inst = mustInstance(env, s.projectId, instanceId, s.now);
      mustBeReady(inst);
      let parentId = optString(body, 'parent_id') ?? null;
      if (parentId !== null) mustBackup(parentId, s);
      if (parentId === null && (body.incremental === 1 || body.incremental === true)) {
        const done = [...store.backups.values()].filter((b) => b.instanceId === inst.id && backupStatus(b, s.now) === 'COMPLETED');
        parentId = done[done.length - 1]?.id ?? null;
      }
      const version = inst.datastore;
      const backup: BackupRecord = {
        id: store.newId(),
        name,
        description: optString(body, 'description') ?? null,
        projectId: s.projectId,
        instanceId: inst.id,
        parentId,
        datastore: { type: version.type, version: version.version, version_id: version.versionId },
        created: s.now,
        doneAt: s.now + env.actionMs,
      };
      store.backups.set(backup.id, backup);
      return { status: 202, body: { backup: backupView(backup, s.now) } };
    }),
    route(env, 'GET', '/backups/:id', (req, s) => ({
      status: 200,
      body: { backup: backupView(mustBackup(req.params.id ?? '', s), s.now) },
    })),
    route(env, 'DELETE', '/backups/:id', (req, s) => {
      const backup = mustBackup(req.params.id ?? '', s);
      if (backupStatus(backup, s.now) !== 'COMPLETED') fail(422, `Backup ${backup.id} cannot be deleted because it is running.`);
      store.backups.delete(backup.id);
      return accepted();
    }),
  ];
}
