import { randomUUID } from 'node:crypto';
import type { FakeRoute } from '../router.js';
import { fail } from './faults.js';
import { versionAtLeast } from './microversion.js';
import { bodyObject, jsonResponse, route, type NovaEnv } from './route-kit.js';
import { settle, type FakeServerGroup } from './state.js';
import { serverGroupView } from './views.js';

const POLICIES = ['affinity', 'anti-affinity', 'soft-affinity', 'soft-anti-affinity'];

/** os-availability-zone, limits and os-server-groups (their doc/api_samples). */
export function miscRoutes(env: NovaEnv): FakeRoute[] {
  return [
    route(env, 'GET', '/os-availability-zone', () => jsonResponse(200, {
      availabilityZoneInfo: [{ zoneName: 'nova', zoneState: { available: true }, hosts: null }],
    })),
    route(env, 'GET', '/os-availability-zone/detail', () => {
      const svc = (name: string) => ({ [name]: { active: true, available: true, updated_at: null } });
      return jsonResponse(200, {
        availabilityZoneInfo: [
          { hosts: { conductor: svc('nova-conductor'), scheduler: svc('nova-scheduler') }, zoneName: 'internal', zoneState: { available: true } },
          { hosts: { compute: svc('nova-compute') }, zoneName: 'nova', zoneState: { available: true } },
        ],
      });
    }),
    route(env, 'GET', '/limits', (_req, scope) => {
      let instances = 0, cores = 0, ram = 0;
      for (const s of env.store.servers.values()) {
        settle(s, scope.now);
        if ((s.tenantId ?? scope.view.projectId) !== scope.view.projectId) continue;
        const f = env.store.flavors.get(s.flavorId);
        instances += 1;
        cores += f?.vcpus ?? 0;
        ram += f?.ram ?? 0;
      }
      const groups = [...env.store.serverGroups.values()].filter((g) => g.projectId === scope.view.projectId).length;
      const absolute: Record<string, number> = {
        maxImageMeta: 128, maxPersonality: 5, maxPersonalitySize: 10240, maxServerMeta: 128,
        maxTotalCores: 20, maxTotalInstances: 10, maxTotalKeypairs: 100, maxTotalRAMSize: 51200,
        maxServerGroups: 10, maxServerGroupMembers: 10,
        totalCoresUsed: cores, totalInstancesUsed: instances, totalRAMUsed: ram, totalServerGroupsUsed: groups,
      };
      // Before 2.36 the network-proxy limits are still there; with Neutron, Nova 26 reports them as -1 (unlimited).
      if (!versionAtLeast(scope.version, '2.36')) {
        Object.assign(absolute, {
          maxSecurityGroupRules: -1, maxSecurityGroups: -1, maxTotalFloatingIps: -1,
          totalFloatingIpsUsed: 0, totalSecurityGroupsUsed: 0,
        });
      }
      return jsonResponse(200, { limits: { absolute, rate: [] } });
    }),
    route(env, 'GET', '/os-server-groups', (req, scope) => {
      const all = req.query.get('all_projects')?.toLowerCase() === 'true';
      const offset = Number(req.query.get('offset') ?? 0);
      const limit = Number(req.query.get('limit') ?? env.settings.pageSize);
      const groups = [...env.store.serverGroups.values()].filter((g) => all || g.projectId === scope.view.projectId);
      return jsonResponse(200, { server_groups: groups.slice(offset, offset + limit).map((g) => serverGroupView(g, scope.view)) });
    }),
    route(env, 'GET', '/os-server-groups/:id', (req, scope) => {
      const g = env.store.serverGroups.get(req.params.id!);
      if (!g) fail(404, `Instance group ${req.params.id} could not be found.`);
      return jsonResponse(200, { server_group: serverGroupView(g, scope.view) });
    }),
    route(env, 'POST', '/os-server-groups', (req, scope) => {
      const o = bodyObject(req, 'server_group');
      if (typeof o.name !== 'string' || o.name === '') fail(400, "Invalid input for field/attribute server_group. 'name' is a required property");
      const modern = versionAtLeast(scope.version, '2.64');
      const policy = modern ? o.policy : Array.isArray(o.policies) ? o.policies[0] : undefined;
      if (modern && o.policies !== undefined) {
        fail(400, "Invalid input for field/attribute server_group. Additional properties are not allowed ('policies' was unexpected)");
      }
      if (typeof policy !== 'string' || !POLICIES.includes(policy)) {
        fail(400, `Invalid input for field/attribute ${modern ? 'policy' : 'policies'}. Value: ${JSON.stringify(policy ?? null)}.`);
      }
      const rules = (modern && typeof o.rules === 'object' && o.rules !== null ? o.rules : {}) as Record<string, number>;
      if (policy !== 'anti-affinity' && Object.keys(rules).length > 0) fail(400, 'Only anti-affinity policy supports rules.');
      const group: FakeServerGroup = {
        id: randomUUID(), name: o.name, policy, rules, members: [], projectId: scope.view.projectId, userId: scope.view.userId,
      };
      env.store.serverGroups.set(group.id, group);
      return jsonResponse(200, { server_group: serverGroupView(group, scope.view) });
    }),
    route(env, 'DELETE', '/os-server-groups/:id', (req) => {
      if (!env.store.serverGroups.delete(req.params.id!)) fail(404, `Instance group ${req.params.id} could not be found.`);
      return { status: 204 };
    }),
  ];
}
