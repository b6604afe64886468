import type { FakeRoute } from '../router.js';
import { fail } from './faults.js';
import { paginate } from './pagination.js';
import { route, type TroveEnv } from './route-kit.js';
import { configOf } from './routes-instances.js';
import type { InstanceRecord } from './state.js';
import { instanceDetail, type ViewContext } from './views.js';

const TASKS: Record<string, string> = {
  BUILD: 'The instance is building.',
  REBOOT: 'Restarting the database on an instance.',
  RESIZE: 'Resizing the instance.',
  SHUTDOWN: 'Deleting the instance.',
};

/**
 * GET /mgmt/instances: every project's instances for an admin (trove/extensions/mgmt; `instance list --all-projects`),
 * `?project_id=` for one project. Each record is the detail view plus the admin fields the real Trove 18 adds
 * (read from its answer: tenant_id, server_id, volume_id, server, service_status, deleted, task_description).
 */
export function mgmtRoutes(env: TroveEnv): FakeRoute[] {
  const { store } = env;
  return [
    route(env, 'GET', '/mgmt/instances', (req, s) => {
      // trove/common/auth.py admin_context
      if (!(env.ctx.tokenOf(req)?.roles ?? []).includes('admin')) fail(403, 'User does not have admin privileges.');
      const projectId = req.query.get('project_id');
      const all: InstanceRecord[] = [];
      for (const inst of [...store.instances.values()]) {
        if (projectId !== null && inst.projectId !== projectId) continue;
        if (store.settle(inst, s.now)) all.push(inst);
      }
      const page = paginate(req, all, (i: InstanceRecord) => i.id, env.page);
      return { status: 200, body: { instances: page.items.map((i) => mgmtView(env, s.view, i)), links: page.links } };
    }),
  ];
}

function mgmtView(env: TroveEnv, v: ViewContext, i: InstanceRecord): Record<string, unknown> {
  const detail = instanceDetail({ ...v, projectId: i.projectId }, i, configOf(env, i));
  const version = env.store.datastore(i.datastore.type)?.versions.find((x) => x.id === i.datastore.versionId);
  return {
    ...detail,
    datastore: { type: i.datastore.type, version: i.datastore.version, ...(version ? { version_number: version.number } : {}) },
    tenant_id: i.projectId,
    server_id: null,
    volume_id: null,
    encrypted_rpc_messaging: true,
    server: null,
    service_status: i.status === 'BUILD' ? 'NEW' : i.status === 'ACTIVE' ? 'HEALTHY' : i.status,
    deleted: false,
    deleted_at: null,
    task_description: TASKS[i.status] ?? 'No tasks for the instance.',
  };
}
