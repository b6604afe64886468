import { Manager } from '../../common/manager.js';
import { Resource } from '../../common/resource.js';
import { callOptionsOf, type CallOptions } from '../../common/types.js';
import { idOf, seg, type Ref } from '../../common/ref.js';
import type { Link } from './link.js';

/** Trove's flavor record (exported as DatabaseFlavorFields). */
export interface FlavorFields {
  /** A number for numeric flavor ids, null otherwise (then `str_id` holds it). */
  id: number | string | null;
  str_id?: string;
  name: string;
  ram: number;
  vcpus?: number;
  disk?: number;
  ephemeral?: number;
  links: Link[];
}

export interface Flavor extends FlavorFields {}

/** A flavor instances can be built with. */
export class Flavor extends Resource<FlavorFields> {
  override getId(): string | undefined {
    return this.str_id ?? (this.id === null ? undefined : String(this.id));
  }
}

/** /flavors: list (one page: Trove does not page flavors) and get (read-only). */
export class FlavorsManager extends Manager<Flavor> {
  protected readonly resourceClass = Flavor;
  protected override readonly resourceName = 'flavor';

  async list(options: CallOptions = {}): Promise<Flavor[]> {
    return this._list('/flavors', 'flavors', callOptionsOf(options));
  }

  /** The flavors a datastore version may be built with (GET /datastores/{ds}/versions/{id}/flavors). */
  async listForDatastoreVersion(datastore: Ref, versionId: Ref, options: CallOptions = {}): Promise<Flavor[]> {
    const ds = seg(idOf(datastore, 'flavors.listForDatastoreVersion'));
    const version = seg(idOf(versionId, 'flavors.listForDatastoreVersion version'));
    return this._list(`/datastores/${ds}/versions/${version}/flavors`, 'flavors', callOptionsOf(options));
  }

  async get(flavor: Ref, call: CallOptions = {}): Promise<Flavor> {
    return this._get(`/flavors/${seg(idOf(flavor, 'flavors.get'))}`, 'flavor', callOptionsOf(call));
  }

  protected override findCandidates(): Promise<Flavor[]> {
    return this.list();
  }
}
