import type { FakeRoute } from '../router.js';
import { fail, invalidState } from './faults.js';
import { versionAtLeast } from './microversion.js';
import { jsonResponse, route, type NovaEnv, type Scope } from './route-kit.js';
import { findServer } from './routes-servers.js';
import type { FakeServer } from './state.js';

/** nova/api/openstack/compute/server_tags.py: tags change only in these vm_states (the real API refuses BUILD with 409). */
const CHANGEABLE = ['active', 'paused', 'suspended', 'stopped'];

/** GET /servers/{id}/tags, PUT and DELETE /servers/{id}/tags/{tag} (doc/api_samples/os-server-tags), from microversion 2.26. */
export function serverTagRoutes(env: NovaEnv): FakeRoute[] {
  const server = (id: string, scope: Scope): FakeServer => {
    // Below 2.26 the routes do not exist: Nova's version-gated controller answers 404.
    if (!versionAtLeast(scope.version, '2.26')) fail(404, 'The resource could not be found.');
    return findServer(env, id, scope.now);
  };
  const changeable = (s: FakeServer, action: string) => {
    if (!CHANGEABLE.includes(s.vmState)) invalidState(action, s.id, 'vm_state', s.vmState);
  };
  return [
    route(env, 'GET', '/servers/:id/tags', (req, scope) => jsonResponse(200, { tags: server(req.params.id!, scope).tags })),
    route(env, 'PUT', '/servers/:id/tags/:tag', (req, scope) => {
      const s = server(req.params.id!, scope);
      const tag = req.params.tag!;
      if (tag.length > 60 || tag.includes(',') || tag.includes('/')) fail(400, `Invalid input for field/attribute tag. Value: ${tag}.`);
      changeable(s, 'update tag');
      if (s.tags.includes(tag)) return { status: 204 };
      s.tags = [...s.tags, tag];
      return { status: 201, headers: { Location: `${scope.view.linkBase}/compute/v2.1/servers/${s.id}/tags/${encodeURIComponent(tag)}` } };
    }),
    route(env, 'DELETE', '/servers/:id/tags/:tag', (req, scope) => {
      const s = server(req.params.id!, scope);
      const tag = req.params.tag!;
      changeable(s, 'delete tag');
      if (!s.tags.includes(tag)) fail(404, `Instance ${s.id} has no tag '${tag}'`);
      s.tags = s.tags.filter((t) => t !== tag);
      return { status: 204 };
    }),
  ];
}
