import type { FakeRequest, FakeRoute } from '../router.js';
import { fail } from './faults.js';
import { versionAtLeast } from './microversion.js';
import { pageOf } from './pagination.js';
import { bodyObject, jsonResponse, route, type NovaEnv, type Scope } from './route-kit.js';
import { ACTIVE, begin, settle, type FakeServer, type NovaStore } from './state.js';
import { links, serverDetail, serverSummary } from './views.js';

/** Nova's fault for a server that does not exist (InstanceNotFound). */
export function findServer(env: NovaEnv, id: string, now: number): FakeServer {
  const server = env.store.servers.get(id);
  if (!server) fail(404, `Instance ${id} could not be found.`);
  settle(server, now);
  return server;
}

const NO_VALID_HOST = {
  code: 500,
  message: 'No valid host was found. There are not enough hosts available.',
  details: 'Exceeded maximum number of retries. Exhausted all hosts available for retrying build failures for instance.',
};

/** GET/POST /servers, GET /servers/detail, GET/PUT/DELETE /servers/{id}. */
export function serverRoutes(env: NovaEnv): FakeRoute[] {
  const list = (detailed: boolean) => (req: FakeRequest, scope: Scope) => {
    const matching = filterServers(env, req, scope.now);
    const page = pageOf(req, matching, (s) => s.id, env.settings.pageSize, scope.view.linkBase, detailed ? 'servers/detail' : 'servers');
    const servers = page.items.map((s) => (detailed ? serverDetail(s, scope.view, false) : serverSummary(s, scope.view)));
    return jsonResponse(200, { servers, ...(page.links ? { servers_links: page.links } : {}) });
  };
  return [
    route(env, 'GET', '/servers', list(false)),
    route(env, 'GET', '/servers/detail', list(true)),
    route(env, 'POST', '/servers', (req, scope) => createServer(env, req, scope)),
    route(env, 'GET', '/servers/:id', (req, scope) => {
      return jsonResponse(200, { server: serverDetail(findServer(env, req.params.id!, scope.now), scope.view) });
    }),
    route(env, 'PUT', '/servers/:id', (req, scope) => {
      const server = findServer(env, req.params.id!, scope.now);
      const fields = bodyObject(req, 'server');
      if (fields.name !== undefined) {
        if (typeof fields.name !== 'string' || fields.name.trim() === '') {
          fail(400, `Invalid input for field/attribute name. Value: ${JSON.stringify(fields.name)}.`);
        }
        server.name = fields.name;
      }
      if (fields.description !== undefined && versionAtLeast(scope.version, '2.19')) server.description = fields.description as string | null;
      server.updatedMs = scope.now;
      return jsonResponse(200, { server: serverDetail(server, scope.view) });
    }),
    route(env, 'DELETE', '/servers/:id', (req, scope) => {
      findServer(env, req.params.id!, scope.now);
      env.store.servers.delete(req.params.id!);
      return { status: 204 };
    }),
  ];
}

function filterServers(env: NovaEnv, req: FakeRequest, now: number): FakeServer[] {
  const name = req.query.get('name');
  let nameRe: RegExp | undefined;
  if (name !== null) {
    try {
      nameRe = new RegExp(name);
    } catch {
      fail(400, `Invalid input for query parameters name. Value: ${name}.`);
    }
  }
  const status = req.query.get('status')?.toUpperCase();
  const flavor = req.query.get('flavor');
  const image = req.query.get('image');
  const out: FakeServer[] = [];
  for (const s of env.store.servers.values()) {
    settle(s, now);
    if (nameRe && !nameRe.test(s.name)) continue;
    if (status && s.status !== status) continue;
    if (flavor && s.flavorId !== flavor) continue;
    if (image && s.imageId !== image) continue;
    out.push(s);
  }
  return out;
}

function createServer(env: NovaEnv, req: FakeRequest, scope: Scope) {
  const body = bodyObject(req, 'server');
  const name = body.name;
  if (typeof name !== 'string' || name.trim() === '' || name.length > 255) {
    fail(400, `Invalid input for field/attribute name. Value: ${JSON.stringify(name ?? null)}. 'name' is a required property`);
  }
  const flavorRef = String(body.flavorRef ?? '');
  if (!env.store.flavors.has(flavorRef)) fail(400, `Flavor ${flavorRef} could not be found.`);
  const imageRef = typeof body.imageRef === 'string' ? body.imageRef : '';
  const bdm = Array.isArray(body.block_device_mapping_v2) ? body.block_device_mapping_v2 as Record<string, unknown>[] : [];
  if (imageRef === '' && !bdm.some((b) => String(b.boot_index) === '0')) {
    fail(400, 'Block Device Mapping is Invalid: Boot sequence for the instance and image/block device mapping combination is not valid.');
  }
  checkNetworks(body.networks, scope.version);
  const keyName = typeof body.key_name === 'string' ? body.key_name : null;
  if (keyName !== null && !env.store.keypairs.has(env.store.keypairKey(scope.view.userId, keyName))) fail(400, 'Invalid key_name provided.');
  const metadata = (body.metadata ?? {}) as Record<string, unknown>;
  for (const [k, v] of Object.entries(metadata)) {
    if (typeof v !== 'string') fail(400, `Invalid input for field/attribute ${k}. Value: ${JSON.stringify(v)}. ${JSON.stringify(v)} is not of type 'string'`);
  }
  const server = newServer(env.store, scope.now, {
    name, flavorId: flavorRef, imageId: imageRef, keyName, metadata: metadata as Record<string, string>,
    description: typeof body.description === 'string' ? body.description : null,
    tags: Array.isArray(body.tags) ? body.tags.map(String) : [],
    availabilityZone: typeof body.availability_zone === 'string' ? body.availability_zone : 'nova',
    tenantId: scope.view.projectId, userId: scope.view.userId,
  });
  const failing = env.settings.failBuildFor?.test(name) ?? false;
  begin(server, scope.now, env.settings.buildMs, { status: 'BUILD', taskState: 'spawning', vmState: 'building' }, ACTIVE,
    failing ? NO_VALID_HOST : undefined);
  const adminPass = typeof body.adminPass === 'string' ? body.adminPass : 'k4pKvTfcA4gY';
  const serverLinks = links(scope.view, 'servers', server.id);
  return jsonResponse(202, {
    server: {
      'OS-DCF:diskConfig': 'MANUAL', adminPass, id: server.id, links: serverLinks, security_groups: [{ name: 'default' }],
    },
  }, { Location: serverLinks[0]!.href });
}

function checkNetworks(networks: unknown, version: string): void {
  const modern = versionAtLeast(version, '2.37');
  if (networks === undefined) {
    if (modern) fail(400, "Invalid input for field/attribute server. 'networks' is a required property");
    return;
  }
  if (typeof networks === 'string') {
    if (!modern || (networks !== 'auto' && networks !== 'none')) {
      fail(400, `Invalid input for field/attribute networks. Value: ${networks}. '${networks}' is not of type 'array'`);
    }
    return;
  }
  if (!Array.isArray(networks)) fail(400, `Invalid input for field/attribute networks. Value: ${JSON.stringify(networks)}.`);
  for (const n of networks as Record<string, unknown>[]) {
    if (typeof n?.uuid !== 'string' && typeof n?.port !== 'string') fail(400, 'Bad networks format: network uuid is not in proper format');
  }
}

/** A server record with the fake's defaults; callers set its status. */
export function newServer(store: NovaStore, now: number, fields: Partial<FakeServer> & { name: string }): FakeServer {
  const server: FakeServer = {
    id: store.newServerId(),
    flavorId: '1', imageId: '70a599e0-31e7-49b7-b260-868f441e862b', keyName: null, metadata: {}, description: null, tags: [],
    availabilityZone: 'nova', createdMs: now, updatedMs: now,
    status: 'ACTIVE', vmState: 'active', taskState: null, powerState: 1, fixedIp: store.nextFixedIp(),
    ...fields,
  };
  store.servers.set(server.id, server);
  return server;
}

