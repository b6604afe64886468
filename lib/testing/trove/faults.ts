import { FakeFault } from '../keystone-errors.js';
import type { FakeResponse } from '../router.js';

/**
 * Trove's fault bodies: `{"<name>": {"code": N, "message": "..."}}`. The names come from
 * trove/common/wsgi.py `Fault._get_error_name` (a webob class name without `HTTP`, first letter
 * lower-cased, with a few renames such as itemNotFound and instanceFault).
 */
const FAULT_NAMES: Record<number, string> = {
  400: 'badRequest',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'itemNotFound',
  405: 'badMethod',
  409: 'conflict',
  413: 'overLimit',
  422: 'unprocessableEntity',
  500: 'instanceFault',
  501: 'notImplemented',
  503: 'serviceUnavailable',
};

export function troveFault(status: number, message: string): FakeResponse {
  const name = FAULT_NAMES[status] ?? 'instanceFault';
  return { status, body: { [name]: { code: status, message } } };
}

export const badRequest = (message: string): FakeResponse => troveFault(400, message);
export const notFound = (message: string): FakeResponse => troveFault(404, message);
/** 409: Trove's HTTPConflict, e.g. BackupNotCompleteError on a restore. */
export const conflict = (message: string): FakeResponse => troveFault(409, message);
/** 422: Trove's UnprocessableEntity, e.g. an action on an instance that is not ACTIVE. */
export const unprocessable = (message: string): FakeResponse => troveFault(422, message);

export function fail(status: number, message: string): never {
  throw new FakeFault(troveFault(status, message));
}
