import type { FakeRequest, FakeRoute } from '../router.js';
import { fail } from './faults.js';
import { paginate } from './pagination.js';
import { accepted, bodyList, bodyObject, optString, route, type TroveEnv } from './route-kit.js';
import { readyInstance } from './routes-databases.js';
import type { InstanceRecord, UserRecord } from './state.js';

/** MySQL's limit, enforced by Trove's request schema. */
const MAX_USER_NAME = 16;

const userView = (u: UserRecord) => ({
  name: u.name,
  host: u.host,
  databases: [...u.databases].sort().map((name) => ({ name })),
});

/** /instances/{id}/users: list, create, show, update, delete, and database access (grant, list, revoke). */
export function userRoutes(env: TroveEnv): FakeRoute[] {
  return [
    route(env, 'GET', '/instances/:id/users', (req, s) => {
      const inst = readyInstance(env, req.params.id ?? '', s);
      const all = [...inst.users.values()].sort((a, b) => a.name.localeCompare(b.name));
      const page = paginate(req, all, (u: UserRecord) => u.name, env.page);
      const body: Record<string, unknown> = { users: page.items.map(userView) };
      if (page.links.length > 0) body.links = page.links;
      return { status: 200, body };
    }),
    route(env, 'POST', '/instances/:id/users', (req, s) => {
      const inst = readyInstance(env, req.params.id ?? '', s);
      const list = bodyList(req, 'users');
      const fresh: UserRecord[] = [];
      for (const u of list) {
        const name = String(u.name);
        const password = optString(u, 'password');
        if (password === undefined) fail(400, `Validation error: users 'password' is a required property`);
        if (name.length > MAX_USER_NAME) fail(400, `Validation error: users['name'] '${name}' is too long`);
        if (inst.users.has(name)) fail(400, `A user with the name '${name}' already exists.`);
        const dbs = Array.isArray(u.databases) ? u.databases.map((d) => String((d as { name?: unknown }).name)) : [];
        for (const db of dbs) if (!inst.databases.has(db)) fail(404, `Database ${db} cannot be found on the instance.`);
        fresh.push({ name, host: optString(u, 'host') ?? '%', password, databases: new Set(dbs) });
      }
      for (const u of fresh) inst.users.set(u.name, u);
      return accepted();
    }),
    route(env, 'GET', '/instances/:id/users/:user', (req, s) => {
      const inst = readyInstance(env, req.params.id ?? '', s);
      return { status: 200, body: { user: userView(mustUser(inst, req)) } };
    }),
    route(env, 'PUT', '/instances/:id/users/:user', (req, s) => {
      const inst = readyInstance(env, req.params.id ?? '', s);
      const user = mustUser(inst, req);
      const changes = bodyObject(req, 'user');
      const newName = optString(changes, 'name');
      if (newName !== undefined && newName !== user.name) {
        if (inst.users.has(newName)) fail(400, `A user with the name '${newName}' already exists.`);
        inst.users.delete(user.name);
        user.name = newName;
        inst.users.set(newName, user);
      }
      user.host = optString(changes, 'host') ?? user.host;
      user.password = optString(changes, 'password') ?? user.password;
      return accepted();
    }),
    route(env, 'DELETE', '/instances/:id/users/:user', (req, s) => {
      const inst = readyInstance(env, req.params.id ?? '', s);
      inst.users.delete(mustUser(inst, req).name);
      return accepted();
    }),
    route(env, 'GET', '/instances/:id/users/:user/databases', (req, s) => {
      const inst = readyInstance(env, req.params.id ?? '', s);
      return { status: 200, body: { databases: userView(mustUser(inst, req)).databases } };
    }),
    route(env, 'PUT', '/instances/:id/users/:user/databases', (req, s) => {
      const inst = readyInstance(env, req.params.id ?? '', s);
      const user = mustUser(inst, req);
      const names = bodyList(req, 'databases').map((d) => String(d.name));
      for (const db of names) if (!inst.databases.has(db)) fail(404, `Database ${db} cannot be found on the instance.`);
      for (const db of names) user.databases.add(db);
      return accepted();
    }),
    route(env, 'DELETE', '/instances/:id/users/:user/databases/:db', (req, s) => {
      const inst = readyInstance(env, req.params.id ?? '', s);
      const db = req.params.db ?? '';
      if (!mustUser(inst, req).databases.delete(db)) fail(404, `Database ${db} cannot be found on the instance.`);
      return accepted();
    }),
  ];
}

/** The user in the URL; Trove accepts `name` or `name@host`. */
function mustUser(inst: InstanceRecord, req: FakeRequest): UserRecord {
  const raw = req.params.user ?? '';
  const at = raw.lastIndexOf('@');
  const name = at > 0 ? raw.slice(0, at) : raw;
  const host = at > 0 ? raw.slice(at + 1) : undefined;
  const user = inst.users.get(name);
  if (!user || (host !== undefined && user.host !== host)) fail(404, `User ${raw} cannot be found on the instance.`);
  return user;
}
