import { isHttpError } from '../../lib/errors/http-errors.js';
import type { IdentityV3Client } from '../../lib/services/identity/index.js';
import type { FindCriteria } from '../../lib/services/common/find.js';
import { CommandFailed } from '../errors.js';
import { findOrFail } from './find-or-fail.js';

/** Something with an id, as the identity calls take it. */
export interface Ided {
  id: string;
  name?: string;
}

interface Finder<R> {
  findByNameOrId(value: string, scope?: FindCriteria): Promise<R>;
}

/**
 * osc's `common._find_identity_resource` (find_domain / find_project / find_user / find_group): a find by name
 * or id; when Keystone forbids the look-up (a non-admin naming something by id), the value itself is the id.
 */
export async function findIdentity<R extends Ided>(manager: Finder<R>, noun: string, nameOrId: string, scope?: FindCriteria): Promise<Ided> {
  try {
    return await findOrFail(manager, noun, nameOrId, scope);
  } catch (error) {
    if (isHttpError(error) && error.status === 403) return { id: nameOrId, name: nameOrId };
    throw error;
  }
}

/** The id of `--domain` (or `--user-domain`, …), when given. */
export async function domainIdOf(identity: IdentityV3Client, domain: string | undefined): Promise<string | undefined> {
  return domain === undefined ? undefined : (await findIdentity(identity.domains, 'domain', domain)).id;
}

/** osc's `find_project` / `find_user` / `find_group` with their `--*-domain` option. */
export async function findInDomain(
  identity: IdentityV3Client, kind: 'project' | 'user' | 'group', nameOrId: string, domain: string | undefined,
): Promise<Ided> {
  const domainId = await domainIdOf(identity, domain);
  const manager = kind === 'project' ? identity.projects : kind === 'user' ? identity.users : identity.groups;
  return findIdentity(manager as Finder<Ided>, kind, nameOrId, domainId ? { domain_id: domainId } : undefined);
}

/** osc's `find_service`: by id, then by name, then by type, with its messages. */
export async function findService(identity: IdentityV3Client, nameTypeOrId: string) {
  try {
    return await identity.services.get(nameTypeOrId);
  } catch (error) {
    if (!(isHttpError(error) && error.status === 404)) throw error;
  }
  const all = await identity.services.list();
  for (const key of ['name', 'type'] as const) {
    const found = all.filter((s) => s[key] === nameTypeOrId);
    if (found.length > 1) throw new CommandFailed(`Multiple service matches found for '${nameTypeOrId}', use an ID to be more specific.`);
    if (found[0]) return found[0];
  }
  throw new CommandFailed(`No service with a type, name or ID of '${nameTypeOrId}' exists.`);
}
