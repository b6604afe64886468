import { randomUUID } from 'node:crypto';
import type { FakeRequest, FakeResponse, FakeRoute } from '../router.js';
import { fail, invalidState } from './faults.js';
import { versionAtLeast } from './microversion.js';
import { jsonResponse, route, type NovaEnv, type Scope } from './route-kit.js';
import { findServer } from './routes-servers.js';
import { ACTIVE, PAUSED, SHUTOFF, SUSPENDED, VERIFY_RESIZE, begin, type FakeServer, type Settled } from './state.js';
import { serverDetail } from './views.js';

type ActionHandler = (server: FakeServer, arg: unknown, ctx: { env: NovaEnv; scope: Scope; req: FakeRequest }) => FakeResponse;

/** Only these vm_states allow the action, as nova's `check_instance_state` decorators say. */
function requireState(action: string, server: FakeServer, allowed: string[]): void {
  if (!allowed.includes(server.vmState)) invalidState(action, server.id, 'vm_state', server.vmState);
  if (server.taskState !== null) invalidState(action, server.id, 'task_state', server.taskState);
}

/** An action that only moves the server, through `taskState`, from one of `from` to `to` (pause, suspend and back). */
function stateChange(action: string, from: string[], taskState: string, to: Settled): ActionHandler {
  return (server, _arg, { env, scope }) => {
    requireState(action, server, from);
    begin(server, scope.now, env.settings.actionMs, { status: server.status, taskState }, to);
    return { status: 202 };
  };
}

const ACTIONS: Record<string, ActionHandler> = {
  reboot(server, arg, { env, scope }) {
    const type = (arg as { type?: unknown } | null)?.type;
    if (type !== 'SOFT' && type !== 'HARD') {
      fail(400, `Invalid input for field/attribute type. Value: ${String(type)}. `
        + `'${String(type)}' is not one of ['HARD', 'Hard', 'hard', 'SOFT', 'Soft', 'soft']`);
    }
    requireState('reboot', server, type === 'HARD' ? ['active', 'stopped', 'error'] : ['active']);
    begin(server, scope.now, env.settings.actionMs,
      { status: type === 'HARD' ? 'HARD_REBOOT' : 'REBOOT', taskState: type === 'HARD' ? 'rebooting_hard' : 'rebooting' }, ACTIVE);
    return { status: 202 };
  },
  'os-stop'(server, _arg, { env, scope }) {
    requireState('stop', server, ['active', 'error']);
    begin(server, scope.now, env.settings.actionMs, { status: server.status, taskState: 'powering-off' }, SHUTOFF);
    return { status: 202 };
  },
  'os-start'(server, _arg, { env, scope }) {
    requireState('start', server, ['stopped']);
    begin(server, scope.now, env.settings.actionMs, { status: server.status, taskState: 'powering-on' }, ACTIVE);
    return { status: 202 };
  },
  pause: stateChange('pause', ['active'], 'pausing', PAUSED),
  unpause: stateChange('unpause', ['paused'], 'unpausing', ACTIVE),
  suspend: stateChange('suspend', ['active', 'shelved'], 'suspending', SUSPENDED),
  resume: stateChange('resume', ['suspended'], 'resuming', ACTIVE),
  resize(server, arg, { env, scope }) {
    const flavorRef = String((arg as { flavorRef?: unknown } | null)?.flavorRef ?? '');
    if (!env.store.flavors.has(flavorRef)) fail(400, `Flavor ${flavorRef} could not be found.`);
    if (flavorRef === server.flavorId) fail(400, 'When resizing, instances must change flavor!');
    requireState('resize', server, ['active', 'stopped']);
    server.previousFlavorId = server.flavorId;
    server.nextFlavorId = flavorRef;
    begin(server, scope.now, env.settings.actionMs, { status: 'RESIZE', taskState: 'resize_migrating' }, VERIFY_RESIZE);
    return { status: 202 };
  },
  confirmResize(server) {
    requireState('confirmResize', server, ['resized']);
    server.previousFlavorId = undefined;
    Object.assign(server, { status: ACTIVE.status, vmState: ACTIVE.vmState, powerState: ACTIVE.powerState });
    return { status: 204 };
  },
  revertResize(server, _arg, { env, scope }) {
    requireState('revertResize', server, ['resized']);
    server.nextFlavorId = server.previousFlavorId;
    server.previousFlavorId = undefined;
    begin(server, scope.now, env.settings.actionMs, { status: 'REVERT_RESIZE', taskState: 'resize_reverting' }, ACTIVE);
    return { status: 202 };
  },
  rebuild(server, arg, { env, scope }) {
    const o = (arg ?? {}) as Record<string, unknown>;
    if (typeof o.imageRef !== 'string' || o.imageRef === '') fail(400, "Invalid input for field/attribute rebuild. 'imageRef' is a required property");
    requireState('rebuild', server, ['active', 'stopped', 'error']);
    server.imageId = o.imageRef;
    if (typeof o.name === 'string') server.name = o.name;
    if (o.metadata && typeof o.metadata === 'object') server.metadata = o.metadata as Record<string, string>;
    server.fault = undefined;
    begin(server, scope.now, env.settings.actionMs, { status: 'REBUILD', taskState: 'rebuilding' }, ACTIVE);
    const adminPass = typeof o.adminPass === 'string' ? o.adminPass : 'seekr3t';
    return jsonResponse(202, { server: { ...serverDetail(server, scope.view), adminPass } });
  },
  createImage(server, arg, { scope }) {
    const name = (arg as { name?: unknown } | null)?.name;
    if (typeof name !== 'string' || name.trim() === '') fail(400, "Invalid input for field/attribute createImage. 'name' is a required property");
    requireState('createImage', server, ['active', 'stopped']);
    const imageId = randomUUID();
    // From 2.45 the id is in the body; before, only in Location (a glance URL).
    if (versionAtLeast(scope.version, '2.45')) return jsonResponse(202, { image_id: imageId });
    return { status: 202, headers: { Location: `${scope.view.linkBase}/image/v2/images/${imageId}` } };
  },
  'os-getConsoleOutput'(server, arg) {
    if (server.vmState === 'building') invalidState('get_console_output', server.id, 'vm_state', server.vmState);
    const lines = ['FAKE CONSOLE OUTPUT', `${server.name} login:`, 'ANOTHER', 'LAST LINE'];
    const raw = (arg as { length?: unknown } | null)?.length;
    const length = raw === undefined || raw === null ? undefined : Number(raw);
    if (length !== undefined && (!Number.isInteger(length) || length < -1)) fail(400, `Invalid input for field/attribute length. Value: ${String(raw)}.`);
    const shown = length === undefined || length === -1 ? lines : lines.slice(Math.max(0, lines.length - length));
    return jsonResponse(200, { output: shown.join('\n') });
  },
};

/** POST /servers/{id}/action: one key naming the action (doc/api_samples/servers/server-action-*.json). */
export function serverActionRoutes(env: NovaEnv): FakeRoute[] {
  return [
    route(env, 'POST', '/servers/:id/action', (req, scope) => {
      const body = req.body;
      const keys = typeof body === 'object' && body !== null && !Array.isArray(body) ? Object.keys(body) : [];
      const name = keys[0];
      const handler = name !== undefined && Object.hasOwn(ACTIONS, name) ? ACTIONS[name] : undefined;
      if (keys.length !== 1 || !handler || name === undefined) fail(400, 'There is no such action: ' + (name ?? 'None'));
      const server = findServer(env, req.params.id!, scope.now);
      return handler(server, (body as Record<string, unknown>)[name], { env, scope, req });
    }),
  ];
}
