import { Resource } from '../../common/resource.js';
import { filterQuery, idOf, KeystoneManager, type ListOptions, type Ref, type SelfLink } from './base.js';

export interface RegionFields {
  id: string;
  description: string;
  parent_region_id: string | null;
  links: SelfLink;
}

export interface Region extends RegionFields {}

export class Region extends Resource<RegionFields> {
  declare readonly manager: RegionManager;

  delete(): Promise<void> {
    return this.manager.delete(this);
  }
}

/** /v3/regions: list, get, create (with your id or Keystone's), update, delete. */
export class RegionManager extends KeystoneManager<Region> {
  protected readonly resourceClass = Region;
  protected override readonly resourceName = 'region';
  protected readonly path = '/regions';
  protected readonly collectionKey = 'regions';
  protected readonly memberKey = 'region';

  async *iterate(filters: ListOptions & { parent?: Ref } = {}): AsyncGenerator<Region, void, undefined> {
    const query = filterQuery({ parent_region_id: filters.parent === undefined ? undefined : idOf(filters.parent, 'regions.list parent') });
    yield* this._iterateAll(query, filters.signal);
  }

  async list(filters: ListOptions & { parent?: Ref } = {}): Promise<Region[]> {
    return this._collect(this.iterate(filters));
  }

  async get(region: Ref): Promise<Region> {
    return this._getOne(idOf(region, 'regions.get'));
  }

  async create(options: { id?: string; description?: string; parent?: Ref } = {}): Promise<Region> {
    const body: Record<string, unknown> = {};
    if (options.id !== undefined) body.id = options.id;
    if (options.description !== undefined) body.description = options.description;
    if (options.parent !== undefined) body.parent_region_id = idOf(options.parent, 'regions.create parent');
    return this._createOne(body);
  }

  async update(region: Ref, changes: { description?: string; parent?: Ref | null }): Promise<Region> {
    const body: Record<string, unknown> = {};
    if (changes.description !== undefined) body.description = changes.description;
    if (changes.parent !== undefined) body.parent_region_id = changes.parent === null ? null : idOf(changes.parent, 'regions.update parent');
    return this._patchOne(idOf(region, 'regions.update'), body);
  }

  async delete(region: Ref): Promise<void> {
    return this._deleteOne(idOf(region, 'regions.delete'));
  }
}
