import { FakeFault } from '../keystone-errors.js';
import type { FakeResponse } from '../router.js';

/**
 * Nova's fault bodies: `{"<name>": {"code": N, "message": "..."}}`, names from
 * nova/api/openstack/wsgi.py `Fault._fault_names`; any other status is a `computeFault`.
 */
const FAULT_NAMES: Record<number, string> = {
  400: 'badRequest',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'itemNotFound',
  405: 'badMethod',
  409: 'conflictingRequest',
  413: 'overLimit',
  415: 'badMediaType',
  429: 'overLimit',
  501: 'notImplemented',
  503: 'serviceUnavailable',
};

export function novaFault(status: number, message: string): FakeResponse {
  const name = FAULT_NAMES[status] ?? 'computeFault';
  return { status, body: { [name]: { code: status, message } } };
}

export function fail(status: number, message: string): never {
  throw new FakeFault(novaFault(status, message));
}

/** Nova's wording for an action the server's state does not allow (InstanceInvalidState → 409). */
export function invalidState(action: string, id: string, attr: 'vm_state' | 'task_state', state: string): never {
  fail(409, `Cannot '${action}' instance ${id} while it is in ${attr} ${state}`);
}
