import type { FakeRoute } from '../router.js';
import { fail } from './faults.js';
import { accepted, bodyObject, optString, route, type TroveEnv } from './route-kit.js';
import { mustBeReady } from './not-ready.js';
import { mustInstance } from './routes-instances.js';
import type { InstanceRecord } from './state.js';

/**
 * POST /instances/{id}/action (reset_status, restart, resize volume, resize flavor) and PUT /instances/{id}
 * (attach / detach a configuration group, rename). Actions need an ACTIVE instance: Trove answers
 * 422 unprocessableEntity otherwise.
 */
export function instanceActionRoutes(env: TroveEnv): FakeRoute[] {
  const { store } = env;
  return [
    route(env, 'POST', '/instances/:id/action', (req, s) => {
      const inst = mustInstance(env, s.projectId, req.params.id ?? '', s.now);
      const body = (typeof req.body === 'object' && req.body !== null ? req.body : {}) as Record<string, unknown>;
      const action = Object.keys(body)[0];
      if (action === 'reset_status') {
        // trove/instance/models.py reset_status: task back to NONE, service status UNKNOWN: the instance shows ERROR
        inst.transition = undefined;
        inst.status = 'ERROR';
        inst.updated = s.now;
        return accepted();
      }
      if (action === 'restart') {
        mustBeReady(inst);
        store.begin(inst, s.now, 'REBOOT', env.actionMs, 'ACTIVE');
        return accepted();
      }
      if (action === 'resize') {
        const resize = bodyObject(req, 'resize');
        mustBeReady(inst);
        if (resize.volume !== undefined) return resizeVolume(env, inst, resize.volume, s.now);
        const flavorRef = optString(resize, 'flavorRef');
        if (flavorRef === undefined) fail(400, `Validation error: resize 'volume' or 'flavorRef' is required`);
        const flavor = store.flavor(flavorRef);
        if (!flavor) fail(404, `Resource ${flavorRef} cannot be found.`);
        if (flavor.id === inst.flavorId) fail(400, 'No change was requested in the size of the instance.');
        store.begin(inst, s.now, 'RESIZE', env.actionMs, 'ACTIVE', () => {
          inst.flavorId = flavor.id;
        });
        return accepted();
      }
      fail(400, `Invalid instance action: ${action ?? '(none)'}`);
    }),
    route(env, 'PUT', '/instances/:id', (req, s) => {
      const inst = mustInstance(env, s.projectId, req.params.id ?? '', s.now);
      const body = bodyObject(req, 'instance');
      const name = optString(body, 'name');
      if (name !== undefined) inst.name = name;
      const configuration = optString(body, 'configuration');
      if (configuration !== undefined) {
        mustBeReady(inst);
        const config = store.configurations.get(configuration);
        if (!config || config.projectId !== s.projectId) fail(404, `Resource ${configuration} cannot be found.`);
        if (inst.configurationId !== undefined) {
          fail(400, `Instance ${inst.id} already has a Configuration Group attached: ${inst.configurationId}.`);
        }
        inst.configurationId = config.id;
      } else if (name === undefined) {
        // `{"instance": {}}` (or configuration null) detaches whatever group is attached.
        inst.configurationId = undefined;
      }
      inst.updated = s.now;
      return accepted();
    }),
  ];
}


function resizeVolume(env: TroveEnv, inst: InstanceRecord, volume: unknown, now: number) {
  const size = Number((volume as { size?: unknown } | null)?.size);
  if (!Number.isInteger(size) || size < 1) fail(400, `Validation error: resize['volume']['size'] must be a positive integer`);
  if (size <= inst.volumeSize) {
    fail(400, `The new volume 'size' must be larger than the current volume size of '${inst.volumeSize}'.`);
  }
  env.store.begin(inst, now, 'RESIZE', env.actionMs, 'ACTIVE', () => {
    inst.volumeSize = size;
  });
  return accepted();
}
