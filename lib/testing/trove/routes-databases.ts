import type { FakeRoute } from '../router.js';
import { fail } from './faults.js';
import { paginate } from './pagination.js';
import { accepted, bodyList, route, type Scope, type TroveEnv } from './route-kit.js';
import { dbRecord, mustInstance } from './routes-instances.js';
import type { DatabaseRecord, InstanceRecord } from './state.js';

/** /instances/{id}/databases: list (marker = name), create, delete. Needs a running datastore. */
export function databaseRoutes(env: TroveEnv): FakeRoute[] {
  return [
    route(env, 'GET', '/instances/:id/databases', (req, s) => {
      const inst = readyInstance(env, req.params.id ?? '', s);
      const all = [...inst.databases.values()].sort((a, b) => a.name.localeCompare(b.name));
      const page = paginate(req, all, (d: DatabaseRecord) => d.name, env.page);
      const body: Record<string, unknown> = { databases: page.items.map((d) => ({ ...d })) };
      if (page.links.length > 0) body.links = page.links;
      return { status: 200, body };
    }),
    route(env, 'POST', '/instances/:id/databases', (req, s) => {
      const inst = readyInstance(env, req.params.id ?? '', s);
      const list = bodyList(req, 'databases');
      for (const db of list) {
        const name = String(db.name);
        if (name.length > 64) fail(400, `Validation error: databases['name'] '${name}' is too long`);
        if (inst.databases.has(name)) fail(400, `A database with the name '${name}' already exists.`);
      }
      for (const db of list) inst.databases.set(String(db.name), dbRecord(db, String(db.name)));
      return accepted();
    }),
    route(env, 'DELETE', '/instances/:id/databases/:name', (req, s) => {
      const inst = readyInstance(env, req.params.id ?? '', s);
      const name = req.params.name ?? '';
      if (!inst.databases.delete(name)) fail(404, `Database ${name} cannot be found on the instance.`);
      for (const user of inst.users.values()) user.databases.delete(name);
      return accepted();
    }),
  ];
}

/** An instance whose datastore runs: Trove's load_and_verify answers 422 before that. */
export function readyInstance(env: TroveEnv, id: string, s: Scope): InstanceRecord {
  const inst = mustInstance(env, s.projectId, id, s.now);
  if (inst.status !== 'ACTIVE') fail(422, `Instance ${inst.id} is not ready.`);
  return inst;
}
