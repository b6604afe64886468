import { Resource } from '../../common/resource.js';
import type { CallOptions } from '../../common/types.js';
import { filterQuery, idOf, KeystoneManager, type IdentityListOptions, type Ref, type SelfLink } from './base.js';

/** Keystone's region record. */
export interface RegionFields {
  id: string;
  description: string;
  parent_region_id: string | null;
  links: SelfLink;
}

export interface Region extends RegionFields {}

export class Region extends Resource<RegionFields> {
  declare readonly manager: RegionsManager;

  async delete(): Promise<void> {
    return this.manager.delete(this);
  }
}

/** /v3/regions: list, get, create (with your id or Keystone's), update, delete. */
export class RegionsManager extends KeystoneManager<Region> {
  protected readonly resourceClass = Region;
  protected override readonly resourceName = 'region';
  protected readonly path = '/regions';
  protected readonly collectionKey = 'regions';
  protected readonly memberKey = 'region';

  async *iterate(filters: IdentityListOptions & { parent?: Ref } = {}): AsyncGenerator<Region, void, undefined> {
    const query = filterQuery({ parent_region_id: filters.parent === undefined ? undefined : idOf(filters.parent, 'regions.list parent') });
    yield* this._iterateAll(query, filters);
  }

  async list(filters: IdentityListOptions & { parent?: Ref } = {}): Promise<Region[]> {
    return this._collect(this.iterate(filters));
  }

  async get(region: Ref, call: CallOptions = {}): Promise<Region> {
    return this._getOne(idOf(region, 'regions.get'), call);
  }

  /**
   * Create a region. `enabled` is no field of Keystone's region: Keystone keeps it as an extra attribute and shows
   * it back; python-keystoneclient (so osc) always sends `enabled: true`.
   */
  async create(options: { id?: string; description?: string; parent?: Ref; enabled?: boolean } = {}, call: CallOptions = {}): Promise<Region> {
    const body: Record<string, unknown> = {};
    if (options.id !== undefined) body.id = options.id;
    if (options.enabled !== undefined) body.enabled = options.enabled;
    if (options.description !== undefined) body.description = options.description;
    if (options.parent !== undefined) body.parent_region_id = idOf(options.parent, 'regions.create parent');
    return this._createOne(body, call);
  }

  async update(region: Ref, changes: { description?: string; parent?: Ref | null }, call: CallOptions = {}): Promise<Region> {
    const body: Record<string, unknown> = {};
    if (changes.description !== undefined) body.description = changes.description;
    if (changes.parent !== undefined) body.parent_region_id = changes.parent === null ? null : idOf(changes.parent, 'regions.update parent');
    return this._patchOne(idOf(region, 'regions.update'), body, call);
  }

  async delete(region: Ref, call: CallOptions = {}): Promise<void> {
    return this._deleteOne(idOf(region, 'regions.delete'), call);
  }
}
