import type { FakeRoute } from '../router.js';
import { fail, invalidState } from './faults.js';
import { bodyObject, jsonResponse, route, type NovaEnv } from './route-kit.js';
import { findServer } from './routes-servers.js';
import type { FakeServer } from './state.js';

/** The vm_states in which nova's server_metadata API changes metadata (`check_instance_state` in compute/api.py). */
const CHANGEABLE = ['active', 'paused', 'suspended', 'stopped', 'shelved', 'shelved_offloaded'];

function requireChangeable(server: FakeServer): void {
  // Nova's wording, as the real API answers for a server still in BUILD.
  if (!CHANGEABLE.includes(server.vmState)) invalidState('update metadata', server.id, 'vm_state', server.vmState);
}

/** GET/POST /servers/{id}/metadata and DELETE /servers/{id}/metadata/{key} (doc/api_samples/server-metadata). */
export function serverMetadataRoutes(env: NovaEnv): FakeRoute[] {
  return [
    route(env, 'GET', '/servers/:id/metadata', (req, scope) => {
      return jsonResponse(200, { metadata: findServer(env, req.params.id!, scope.now).metadata });
    }),
    route(env, 'POST', '/servers/:id/metadata', (req, scope) => {
      const server = findServer(env, req.params.id!, scope.now);
      const items = bodyObject(req, 'metadata');
      for (const [key, value] of Object.entries(items)) {
        if (typeof value !== 'string' || key.length === 0 || key.length > 255) {
          fail(400, `Invalid input for field/attribute metadata. Value: ${JSON.stringify(items)}.`);
        }
      }
      requireChangeable(server);
      server.metadata = { ...server.metadata, ...(items as Record<string, string>) };
      server.updatedMs = scope.now;
      return jsonResponse(200, { metadata: server.metadata });
    }),
    route(env, 'DELETE', '/servers/:id/metadata/:key', (req, scope) => {
      const server = findServer(env, req.params.id!, scope.now);
      const key = req.params.key!;
      if (!Object.hasOwn(server.metadata, key)) fail(404, 'Metadata item was not found');
      requireChangeable(server);
      const { [key]: _removed, ...rest } = server.metadata;
      server.metadata = rest;
      server.updatedMs = scope.now;
      return { status: 204 };
    }),
  ];
}
