import type { FakeRoute } from '../router.js';
import { fail } from './faults.js';
import { route, type TroveEnv } from './route-kit.js';
import type { DatastoreRecord } from './seed.js';
import { datastoreVersionView, datastoreView, flavorView } from './views.js';

/** What a project may build with: /flavors and /datastores (+ versions). Read-only. */
export function catalogRoutes(env: TroveEnv): FakeRoute[] {
  const { store } = env;
  const mustDatastore = (idOrName: string): DatastoreRecord => {
    const ds = store.datastore(idOrName);
    if (!ds) fail(404, `Datastore '${idOrName}' cannot be found.`);
    return ds;
  };
  return [
    route(env, 'GET', '/flavors', (_req, s) => ({
      status: 200,
      body: { flavors: store.flavors.map((f) => flavorView(s.view, f)) },
    })),
    route(env, 'GET', '/flavors/:id', (req, s) => {
      const id = req.params.id ?? '';
      const flavor = store.flavor(id);
      if (!flavor) fail(404, `Resource ${id} cannot be found.`);
      return { status: 200, body: { flavor: flavorView(s.view, flavor) } };
    }),
    route(env, 'GET', '/datastores', (_req, s) => ({
      status: 200,
      body: { datastores: store.datastores.map((d) => datastoreView(s.view, d)) },
    })),
    route(env, 'GET', '/datastores/versions/:versionId', (req, s) => {
      const id = req.params.versionId ?? '';
      for (const ds of store.datastores) {
        const ver = ds.versions.find((v) => v.id === id);
        if (ver) return { status: 200, body: { version: datastoreVersionView(s.view, ds, ver) } };
      }
      fail(404, `Datastore version '${id}' cannot be found.`);
    }),
    route(env, 'GET', '/datastores/:ds', (req, s) => ({
      status: 200,
      body: { datastore: datastoreView(s.view, mustDatastore(req.params.ds ?? '')) },
    })),
    route(env, 'GET', '/datastores/:ds/versions', (req, s) => {
      const ds = mustDatastore(req.params.ds ?? '');
      return { status: 200, body: { versions: ds.versions.map((v) => datastoreVersionView(s.view, ds, v)) } };
    }),
    route(env, 'GET', '/datastores/:ds/versions/:version', (req, s) => {
      const ds = mustDatastore(req.params.ds ?? '');
      const wanted = req.params.version ?? '';
      const ver = ds.versions.find((v) => v.id === wanted || v.name === wanted);
      if (!ver) fail(404, `Datastore version '${wanted}' cannot be found.`);
      return { status: 200, body: { version: datastoreVersionView(s.view, ds, ver) } };
    }),
  ];
}
