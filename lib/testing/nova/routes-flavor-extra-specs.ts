import type { FakeRoute } from '../router.js';
import { fail } from './faults.js';
import { bodyObject, jsonResponse, route, type NovaEnv } from './route-kit.js';

/** GET and POST /flavors/{id}/os-extra_specs (doc/api_samples/flavor-extra-specs): POST merges and answers what it was sent. */
export function flavorExtraSpecRoutes(env: NovaEnv): FakeRoute[] {
  const find = (id: string) => {
    const flavor = env.store.flavors.get(id);
    if (!flavor) fail(404, `Flavor ${id} could not be found.`);
    return flavor;
  };
  return [
    route(env, 'GET', '/flavors/:id/os-extra_specs', (req) => jsonResponse(200, { extra_specs: find(req.params.id!).extraSpecs })),
    route(env, 'POST', '/flavors/:id/os-extra_specs', (req) => {
      const flavor = find(req.params.id!);
      const specs = bodyObject(req, 'extra_specs');
      for (const [key, value] of Object.entries(specs)) {
        if (typeof value !== 'string' || key.length === 0 || key.length > 255) {
          fail(400, `Invalid input for field/attribute extra_specs. Value: ${JSON.stringify(specs)}.`);
        }
      }
      flavor.extraSpecs = { ...flavor.extraSpecs, ...(specs as Record<string, string>) };
      return jsonResponse(200, { extra_specs: specs });
    }),
  ];
}
