import { NoUniqueMatch } from '../../lib/errors/framework-errors.js';
import { isHttpError } from '../../lib/errors/http-errors.js';
import type { FindCriteria } from '../../lib/services/common/find.js';
import { CommandFailed } from '../errors.js';

/** A manager's find-by-name-or-id (lib/services/common/manager.ts), the one place that finds records. */
interface Finder<R> {
  findByNameOrId(value: string, scope?: FindCriteria): Promise<R>;
}

/**
 * python-openstackclient's `find_resource` messages on top of the manager's `findByNameOrId` (GET by id, then
 * a list by name): none → "No project with a name or ID of 'x' exists."; several → "More than one project
 * exists with the name 'x'."
 */
export async function findOrFail<R>(manager: Finder<R>, noun: string, nameOrId: string, scope?: FindCriteria): Promise<R> {
  try {
    return await manager.findByNameOrId(nameOrId, scope);
  } catch (error) {
    if (isHttpError(error) && error.status === 404) throw new CommandFailed(`No ${noun} with a name or ID of '${nameOrId}' exists.`);
    if (error instanceof NoUniqueMatch) throw new CommandFailed(`More than one ${noun} exists with the name '${nameOrId}'.`);
    throw error;
  }
}

/** A record without its `links`, as osc shows resources. */
export function withoutLinks(record: object): Record<string, unknown> {
  const { links: _links, ...rest } = record as Record<string, unknown>;
  return rest;
}
