import { type IdentityEnv, requireToken } from './identity-env.js';
import { fault } from './keystone-errors.js';
import type { FakeRequest, FakeRoute } from './router.js';
import type { TokenRecord } from './token-store.js';

type Json = Record<string, unknown>;

/** May this token read the collection (no item) or one item? */
export type ReadPolicy = (token: TokenRecord, item?: Json) => boolean;

/** One Keystone collection (`/v3/projects`, …) over an in-memory map. */
export interface ResourceSpec<T extends { id: string }> {
  plural: string;
  singular: string;
  items(): ReadonlyMap<string, T>;
  /** The public form of an item (no password), without `links`. */
  view(item: T, baseUrl: string): Json;
  canRead: ReadPolicy;
  /** POST (admin only): build and store an item from the body's `{singular: {...}}`; throw a fault to refuse. */
  create?(input: Json): T;
  /** PATCH (admin only): change the item in place. */
  update?(item: T, patch: Json): void;
  /** DELETE (admin only): forget the item. */
  remove?(item: T): void;
}

/**
 * GET list (query parameters filter on scalar fields, as Keystone's `?name=` and `?domain_id=`), GET one,
 * and POST/PATCH/DELETE where the spec allows them. Writes need the admin role, as Keystone's default policy.
 */
export function resourceRoutes<T extends { id: string }>(
  base: string, spec: ResourceSpec<T>, env: IdentityEnv, isAdmin: (t: TokenRecord) => boolean,
): FakeRoute[] {
  const { plural, singular } = spec;
  const collection = `${base}/${plural}`;
  const render = (item: T, req: FakeRequest): Json => ({ ...spec.view(item, req.baseUrl), links: { self: `${req.baseUrl}${collection}/${item.id}` } });
  const denied = (action: string) => fault(403, `You are not authorized to perform the requested action: identity:${action}.`);
  const find = (req: FakeRequest): T => {
    const id = req.params['id'] ?? '';
    const item = spec.items().get(id);
    if (!item) throw fault(404, `Could not find ${singular}: ${id}.`);
    return item;
  };
  const admin = (req: FakeRequest, action: string): void => {
    if (!isAdmin(requireToken(env, req))) throw denied(action);
  };
  const routes: FakeRoute[] = [
    {
      method: 'GET', pattern: collection,
      handler: (req) => {
        if (!spec.canRead(requireToken(env, req))) throw denied(`list_${plural}`);
        const items = [...spec.items().values()].map((i) => render(i, req)).filter((i) => matchesQuery(i, req.query));
        return { status: 200, body: { [plural]: items, links: listLinks(req, collection) } };
      },
    },
    {
      method: 'GET', pattern: `${collection}/:id`,
      handler: (req) => {
        const token = requireToken(env, req);
        const item = render(find(req), req);
        if (!spec.canRead(token, item)) throw denied(`get_${singular}`);
        return { status: 200, body: { [singular]: item } };
      },
    },
  ];
  const { create, update, remove } = spec;
  if (create) {
    routes.push({ method: 'POST', pattern: collection, handler: (req) => {
      admin(req, `create_${singular}`);
      return { status: 201, body: { [singular]: render(create(input(req.body, singular)), req) } };
    } });
  }
  if (update) {
    routes.push({ method: 'PATCH', pattern: `${collection}/:id`, handler: (req) => {
      admin(req, `update_${singular}`);
      const item = find(req);
      update(item, input(req.body, singular));
      return { status: 200, body: { [singular]: render(item, req) } };
    } });
  }
  if (remove) {
    routes.push({ method: 'DELETE', pattern: `${collection}/:id`, handler: (req) => {
      admin(req, `delete_${singular}`);
      remove(find(req));
      return { status: 204 };
    } });
  }
  return routes;
}

export function listLinks(req: FakeRequest, collection: string): Json {
  return { next: null, self: `${req.baseUrl}${collection}`, previous: null };
}

function matchesQuery(item: Json, query: URLSearchParams): boolean {
  for (const [key, value] of query) {
    const field = item[key];
    if (field === undefined || (typeof field === 'object' && field !== null)) continue; // Keystone ignores unknown filters
    if (String(field) !== (field === true || field === false ? value.toLowerCase() : value)) return false;
  }
  return true;
}

function input(body: unknown, singular: string): Json {
  const value = (body as Json | undefined)?.[singular];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw fault(400, `Expecting to find ${singular} in request body. The server could not comply with the request since it is either `
      + 'malformed or otherwise incorrect. The client is assumed to be in error.');
  }
  return value as Json;
}
