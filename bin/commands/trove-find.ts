import type { Resource } from '../../lib/services/common/resource.js';
import { isHttpError } from '../../lib/errors/http-errors.js';
import { CommandFailed } from '../errors.js';
import { findOrFail } from './find-or-fail.js';

interface TroveFinder<R extends Resource<any>> {
  findByNameOrId(value: string): Promise<R>;
  get(id: string): Promise<R>;
}

/** oslo's `is_uuid_like`: python-troveclient skips the lookup for such values and sends them as ids. */
export function isUuidLike(value: string): boolean {
  return /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i.test(value);
}

/**
 * osc's `find_resource` with troveclient's managers: by id, else by name, and always the full record (troveclient's
 * `findall` reads each match again with a GET, so `show <name>` prints what `show <id>` prints).
 */
export async function findFull<R extends Resource<any>>(manager: TroveFinder<R>, noun: string, nameOrId: string): Promise<R> {
  const found = await findOrFail(manager, noun, nameOrId);
  const id = found.getId();
  return found.isLoaded || id === undefined ? found : manager.get(id);
}

/** The id of a record named by id or name, without reading it when it is uuid-like (troveclient's delete and attach). */
export async function idOf(manager: TroveFinder<Resource<any>>, noun: string, nameOrId: string): Promise<string> {
  if (isUuidLike(nameOrId)) return nameOrId;
  return String((await findOrFail(manager, noun, nameOrId)).getId());
}

/** troveclient's `get_resource_id_by_name` failure, as its delete commands word it. */
export async function idForDelete(manager: TroveFinder<Resource<any>>, noun: string, nameOrId: string): Promise<string> {
  if (isUuidLike(nameOrId)) return nameOrId;
  try {
    return String((await manager.findByNameOrId(nameOrId)).getId());
  } catch (error) {
    throw new CommandFailed(`Failed to get ${noun} ${nameOrId}, error: ${troveErrorText(error)}`, { cause: error });
  }
}

/** An error as troveclient's exceptions print: the server's message and `(HTTP 422)`, else the error's own message. */
export function troveErrorText(error: unknown): string {
  if (isHttpError(error) && error.serverMessage) return `${error.serverMessage} (HTTP ${error.status})`;
  return error instanceof Error ? error.message : String(error);
}
