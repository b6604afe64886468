import { randomUUID } from 'node:crypto';
import type { FakeRequest, FakeRoute } from '../router.js';
import { fail } from './faults.js';
import { pageOf } from './pagination.js';
import { bodyObject, jsonResponse, route, type NovaEnv, type Scope } from './route-kit.js';
import type { FakeFlavor } from './state.js';
import { flavorView } from './views.js';

/** GET /flavors[/detail], GET/DELETE /flavors/{id}, POST /flavors (doc/api_samples/flavors, flavor-manage). */
export function flavorRoutes(env: NovaEnv): FakeRoute[] {
  const list = (detailed: boolean) => (req: FakeRequest, scope: Scope) => {
    const isPublic = req.query.get('is_public');
    const minDisk = Number(req.query.get('minDisk') ?? 0);
    const minRam = Number(req.query.get('minRam') ?? 0);
    const flavors = [...env.store.flavors.values()].filter((f) =>
      (isPublic === null || isPublic.toLowerCase() === 'none' || String(f.isPublic) === isPublic.toLowerCase())
      && f.disk >= minDisk && f.ram >= minRam);
    const page = pageOf(req, flavors, (f) => f.id, env.settings.pageSize, scope.view.linkBase, detailed ? 'flavors/detail' : 'flavors');
    return jsonResponse(200, {
      flavors: page.items.map((f) => flavorView(f, scope.view, detailed)),
      ...(page.links ? { flavors_links: page.links } : {}),
    });
  };
  return [
    route(env, 'GET', '/flavors', list(false)),
    route(env, 'GET', '/flavors/detail', list(true)),
    route(env, 'GET', '/flavors/:id', (req, scope) => {
      const f = env.store.flavors.get(req.params.id!);
      if (!f) fail(404, `Flavor ${req.params.id} could not be found.`);
      return jsonResponse(200, { flavor: flavorView(f, scope.view, true) });
    }),
    route(env, 'POST', '/flavors', (req, scope) => {
      const o = bodyObject(req, 'flavor');
      if (typeof o.name !== 'string' || o.name === '') fail(400, "Invalid input for field/attribute flavor. 'name' is a required property");
      for (const key of ['ram', 'vcpus', 'disk']) {
        if (!Number.isInteger(o[key]) || (o[key] as number) < 0) fail(400, `Invalid input for field/attribute ${key}. Value: ${String(o[key])}.`);
      }
      const id = typeof o.id === 'string' && o.id !== '' ? o.id : randomUUID();
      for (const f of env.store.flavors.values()) {
        if (f.id === id) fail(409, `Flavor with ID ${id} already exists.`);
        if (f.name === o.name) fail(409, `Flavor with name ${o.name} already exists.`);
      }
      const flavor: FakeFlavor = {
        id, name: o.name, ram: o.ram as number, vcpus: o.vcpus as number, disk: o.disk as number,
        ephemeral: Number(o['OS-FLV-EXT-DATA:ephemeral'] ?? 0), swap: Number(o.swap ?? 0),
        isPublic: o['os-flavor-access:is_public'] !== false,
        description: typeof o.description === 'string' ? o.description : null, extraSpecs: {},
      };
      env.store.flavors.set(id, flavor);
      return jsonResponse(200, { flavor: flavorView(flavor, scope.view, true) });
    }),
    route(env, 'DELETE', '/flavors/:id', (req) => {
      if (!env.store.flavors.delete(req.params.id!)) fail(404, `Flavor ${req.params.id} could not be found.`);
      return { status: 202 };
    }),
  ];
}
