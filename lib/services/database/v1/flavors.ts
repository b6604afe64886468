import { Manager } from '../../common/manager.js';
import { Resource } from '../../common/resource.js';
import { idOf, seg, type Link, type Ref } from './refs.js';

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

/** /flavors: list and get (read-only). */
export class FlavorManager extends Manager<Flavor> {
  protected readonly resourceClass = Flavor;
  protected override readonly resourceName = 'flavor';

  async list(options: { signal?: AbortSignal } = {}): Promise<Flavor[]> {
    return this._list('/flavors', 'flavors', options.signal ? { signal: options.signal } : {});
  }

  async get(flavor: Ref): Promise<Flavor> {
    return this._get(`/flavors/${seg(idOf(flavor, 'flavors.get'))}`, 'flavor');
  }

  protected override findCandidates(): Promise<Flavor[]> {
    return this.list();
  }
}
