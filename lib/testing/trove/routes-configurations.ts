import type { FakeRoute } from '../router.js';
import { fail } from './faults.js';
import { paginate } from './pagination.js';
import { accepted, bodyObject, optString, route, type Scope, type TroveEnv } from './route-kit.js';
import { resolveDatastore } from './resolve.js';
import type { ConfigurationRecord, InstanceRecord } from './state.js';
import { configurationView } from './views.js';

/** /configurations: configuration groups (create, list, show, patch, update, delete, list instances). */
export function configurationRoutes(env: TroveEnv): FakeRoute[] {
  const { store } = env;
  const mustConfig = (id: string, s: Scope): ConfigurationRecord => {
    const c = store.configurations.get(id);
    if (!c || c.projectId !== s.projectId) fail(404, `Resource ${id} cannot be found.`);
    return c;
  };
  const attached = (c: ConfigurationRecord, s: Scope): InstanceRecord[] =>
    store.liveInstances(s.projectId, s.now).filter((i) => i.configurationId === c.id);
  const values = (body: Record<string, unknown>): Record<string, unknown> => {
    const v = body.values;
    if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(400, `Validation error: configuration 'values' is a required property`);
    return v as Record<string, unknown>;
  };
  return [
    route(env, 'GET', '/configurations', (req, s) => {
      const all = [...store.configurations.values()].filter((c) => c.projectId === s.projectId);
      const page = paginate(req, all, (c: ConfigurationRecord) => c.id, env.page);
      return { status: 200, body: { configurations: page.items.map((c) => configurationView(c)), links: page.links } };
    }),
    route(env, 'POST', '/configurations', (req, s) => {
      const body = bodyObject(req, 'configuration');
      const name = optString(body, 'name');
      if (!name) fail(400, `Validation error: configuration 'name' is a required property`);
      const ds = (body.datastore ?? {}) as { type?: string; version?: string };
      const { datastore, version } = resolveDatastore(env, ds.type, ds.version);
      const config: ConfigurationRecord = {
        id: store.newId(),
        name,
        description: optString(body, 'description') ?? null,
        projectId: s.projectId,
        datastore: { name: datastore.name, versionId: version.id, versionName: version.name, versionNumber: version.number },
        values: { ...values(body) },
        created: s.now,
        updated: s.now,
      };
      store.configurations.set(config.id, config);
      return { status: 200, body: { configuration: configurationView(config, 0) } };
    }),
    route(env, 'GET', '/configurations/:id', (req, s) => {
      const c = mustConfig(req.params.id ?? '', s);
      return { status: 200, body: { configuration: configurationView(c, attached(c, s).length) } };
    }),
    route(env, 'PATCH', '/configurations/:id', (req, s) => {
      const c = mustConfig(req.params.id ?? '', s);
      Object.assign(c.values, values(bodyObject(req, 'configuration')));
      c.updated = s.now;
      return { status: 200 };
    }),
    route(env, 'PUT', '/configurations/:id', (req, s) => {
      const c = mustConfig(req.params.id ?? '', s);
      const body = bodyObject(req, 'configuration');
      c.values = { ...values(body) };
      c.name = optString(body, 'name') ?? c.name;
      if (body.description !== undefined) c.description = optString(body, 'description') ?? null;
      c.updated = s.now;
      return accepted();
    }),
    route(env, 'DELETE', '/configurations/:id', (req, s) => {
      const c = mustConfig(req.params.id ?? '', s);
      if (attached(c, s).length > 0) {
        fail(
          400,
          'A configuration group cannot be deleted if it is associated with one or more non-terminated instances. ' +
            'Detach the configuration group from all non-terminated instances and please try again.',
        );
      }
      store.configurations.delete(c.id);
      return accepted();
    }),
    route(env, 'GET', '/configurations/:id/instances', (req, s) => {
      const c = mustConfig(req.params.id ?? '', s);
      const page = paginate(req, attached(c, s), (i: InstanceRecord) => i.id, env.page);
      return { status: 200, body: { instances: page.items.map((i) => ({ id: i.id, name: i.name })), links: page.links } };
    }),
  ];
}
