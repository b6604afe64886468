import type { FakeRoute } from '../router.js';
import { fail } from './faults.js';
import { route, type TroveEnv } from './route-kit.js';
import { flavorView } from './views.js';

/**
 * GET /datastores/{ds}/versions/{version id}/flavors (`database flavor list --datastore-type --datastore-version-id`).
 * No flavor is tied to a version in the fake, so, as Trove does then, every flavor is listed.
 */
export function versionFlavorRoutes(env: TroveEnv): FakeRoute[] {
  const { store } = env;
  return [
    route(env, 'GET', '/datastores/:ds/versions/:versionId/flavors', (req, s) => {
      const ds = store.datastore(req.params.ds ?? '');
      if (!ds) fail(404, `Datastore '${req.params.ds ?? ''}' cannot be found.`);
      const id = req.params.versionId ?? '';
      if (!ds.versions.some((v) => v.id === id)) fail(404, `Datastore version '${id}' cannot be found.`);
      return { status: 200, body: { flavors: store.flavors.map((f) => flavorView(s.view, f)) } };
    }),
  ];
}
