import type { FakeRoute } from '../router.js';
import { fail } from './faults.js';
import { jsonResponse, route, type NovaEnv } from './route-kit.js';

/**
 * GET /flavors/{id}/os-flavor-access (doc/api_samples/flavor-access): the projects a private flavor is shared
 * with. A new private flavor is shared with none, as the real Nova answers (`[]`, its creator not included).
 */
export function flavorAccessRoutes(env: NovaEnv): FakeRoute[] {
  return [
    route(env, 'GET', '/flavors/:id/os-flavor-access', (req) => {
      const flavor = env.store.flavors.get(req.params.id!);
      if (!flavor) fail(404, `Flavor ${req.params.id} could not be found.`);
      if (flavor.isPublic) fail(404, 'Access list not available for public flavors.');
      const projects = env.store.flavorAccess.get(flavor.id) ?? [];
      return jsonResponse(200, { flavor_access: projects.map((tenant_id) => ({ flavor_id: flavor.id, tenant_id })) });
    }),
  ];
}
