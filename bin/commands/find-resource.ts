import type { BaseClient } from '../../lib/base-client.js';
import { isHttpError } from '../../lib/errors/http-errors.js';
import { CommandFailed } from '../errors.js';

export interface FindSpec {
  /** Collection path, e.g. `/projects`, `/servers`. */
  path: string;
  /** Key of one record in a GET body, e.g. `project`. */
  key: string;
  /** Key of the list in a list body, e.g. `projects`. */
  listKey: string;
  /** Noun for messages, e.g. `project`. */
  noun: string;
  /** List path when it differs (`/servers/detail`). */
  listPath?: string;
  /** Extra list filters (e.g. `domain_id`). */
  query?: Record<string, string>;
  /** Filter by name on the server side (`?name=`); otherwise names are matched here. */
  nameQuery?: boolean;
}

type Json = Record<string, unknown>;

/**
 * python-openstackclient's `find_resource`: GET by id first, then a list filtered by name.
 * None → "No project with a name or ID of 'x' exists."; several → "More than one project exists with the name 'x'."
 */
export async function findResource(client: BaseClient, spec: FindSpec, nameOrId: string): Promise<Json> {
  try {
    const res = await client.get(`${spec.path}/${encodeURIComponent(nameOrId)}`);
    const record = (res.body as Json | undefined)?.[spec.key];
    if (record && typeof record === 'object') return record as Json;
  } catch (error) {
    if (!(isHttpError(error) && (error.status === 404 || error.status === 400))) throw error;
  }
  const query = { ...spec.query, ...(spec.nameQuery === false ? {} : { name: nameOrId }) };
  const res = await client.get(spec.listPath ?? spec.path, { query });
  const list = ((res.body as Json | undefined)?.[spec.listKey] ?? []) as Json[];
  const matches = list.filter((r) => r.name === nameOrId || r.id === nameOrId);
  if (matches.length === 1) return matches[0]!;
  if (matches.length === 0) throw new CommandFailed(`No ${spec.noun} with a name or ID of '${nameOrId}' exists.`);
  throw new CommandFailed(`More than one ${spec.noun} exists with the name '${nameOrId}'.`);
}

/** A record without its `links`, as osc shows resources. */
export function withoutLinks(record: Json): Json {
  const { links: _links, ...rest } = record;
  return rest;
}

/** Deletes each item, reporting failures as osc does: one line each, then "1 of 2 projects failed to delete." */
export async function deleteEach(items: string[], noun: string, remove: (item: string) => Promise<void>, warn: (line: string) => void): Promise<void> {
  let failed = 0;
  for (const item of items) {
    try {
      await remove(item);
    } catch (error) {
      failed++;
      warn(`Failed to delete ${noun} with name or ID '${item}': ${(error as Error).message}`);
    }
  }
  if (failed > 0) throw new CommandFailed(`${failed} of ${items.length} ${noun}s failed to delete.`);
}
