import type { FakeRoute } from '../router.js';
import { fail } from './faults.js';
import { generateKeypair, fingerprintOf } from './keypair-material.js';
import { versionAtLeast } from './microversion.js';
import { pageOf } from './pagination.js';
import { bodyObject, jsonResponse, route, type NovaEnv, type Scope } from './route-kit.js';
import type { FakeKeypair } from './state.js';
import { keypairView } from './views.js';

/** /os-keypairs (doc/api_samples/os-keypairs): keypairs belong to the user of the token. */
export function keypairRoutes(env: NovaEnv): FakeRoute[] {
  const find = (scope: Scope, name: string): FakeKeypair => {
    const k = env.store.keypairs.get(env.store.keypairKey(scope.view.userId, name));
    if (!k) fail(404, `Keypair ${name} not found for user ${scope.view.userId}`);
    return k;
  };
  return [
    route(env, 'GET', '/os-keypairs', (req, scope) => {
      const mine = [...env.store.keypairs.values()].filter((k) => k.userId === scope.view.userId);
      // Paginated only from 2.35.
      const page = versionAtLeast(scope.version, '2.35')
        ? pageOf(req, mine, (k) => k.name, env.settings.pageSize, scope.view.linkBase, 'os-keypairs')
        : { items: mine };
      return jsonResponse(200, {
        keypairs: page.items.map((k) => ({ keypair: keypairView(k, scope.view, false) })),
        ...('links' in page && page.links ? { keypairs_links: page.links } : {}),
      });
    }),
    route(env, 'GET', '/os-keypairs/:name', (req, scope) => {
      return jsonResponse(200, { keypair: keypairView(find(scope, req.params.name!), scope.view, true) });
    }),
    route(env, 'POST', '/os-keypairs', (req, scope) => {
      const o = bodyObject(req, 'keypair');
      const name = o.name;
      if (typeof name !== 'string' || name.trim() === '' || name.length > 255) {
        fail(400, `Invalid input for field/attribute name. Value: ${JSON.stringify(name ?? null)}. 'name' is a required property`);
      }
      const key = env.store.keypairKey(scope.view.userId, name);
      if (env.store.keypairs.has(key)) fail(409, `Key pair '${name}' already exists.`);
      let publicKey = typeof o.public_key === 'string' ? o.public_key : undefined;
      let privateKey: string | undefined;
      if (publicKey === undefined) {
        if (versionAtLeast(scope.version, '2.92')) fail(400, "Invalid input for field/attribute keypair. 'public_key' is a required property");
        ({ publicKey, privateKey } = generateKeypair());
      } else if (!/^(ssh-\S+|ecdsa-\S+) [A-Za-z0-9+/=]+/.test(publicKey)) {
        fail(400, 'Keypair data is invalid: failed to generate fingerprint');
      }
      const keypair: FakeKeypair = {
        name, userId: scope.view.userId, publicKey, fingerprint: fingerprintOf(publicKey),
        type: typeof o.type === 'string' ? o.type : 'ssh', createdMs: scope.now, id: env.store.nextKeypairId(),
      };
      env.store.keypairs.set(key, keypair);
      const body = { ...keypairView(keypair, scope.view, false), user_id: keypair.userId, ...(privateKey ? { private_key: privateKey } : {}) };
      return jsonResponse(versionAtLeast(scope.version, '2.2') ? 201 : 200, { keypair: body });
    }),
    route(env, 'DELETE', '/os-keypairs/:name', (req, scope) => {
      const k = find(scope, req.params.name!);
      env.store.keypairs.delete(env.store.keypairKey(k.userId, k.name));
      return { status: versionAtLeast(scope.version, '2.2') ? 204 : 202 };
    }),
  ];
}
