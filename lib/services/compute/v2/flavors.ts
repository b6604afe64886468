import { InvalidArgument } from '../../../errors/framework-errors.js';
import type { FindCriteria } from '../../common/find.js';
import { Manager } from '../../common/manager.js';
import { pageOptionsOf, type ListOptions } from '../../common/pagination.js';
import { idOf, seg, type Ref } from '../../common/ref.js';
import { Resource } from '../../common/resource.js';
import { callOptionsOf, isJsonRecord, type CallOptions } from '../../common/types.js';
import { expectStatus } from '../../common/ok-codes.js';
import { InvalidResponse } from '../../../errors/transport-errors.js';
import { redactUrl } from '../../../log/redact.js';
import type { Link } from './server-types.js';

/** Nova's flavor record (doc/api_samples/flavors). */
export interface FlavorFields {
  id: string;
  name: string;
  links: Link[];
  ram?: number;
  vcpus?: number;
  disk?: number;
  /** MiB, or '' for none (Nova's quirk). */
  swap?: number | '';
  rxtx_factor?: number;
  description?: string | null;
  extra_specs?: Record<string, string>;
  'OS-FLV-EXT-DATA:ephemeral'?: number;
  'OS-FLV-DISABLED:disabled'?: boolean;
  'os-flavor-access:is_public'?: boolean;
  [key: string]: unknown;
}

export interface Flavor extends FlavorFields {}
/** A compute flavor. */
export class Flavor extends Resource<FlavorFields> {
  declare readonly manager: FlavorsManager;

  async delete(): Promise<void> {
    return this.manager.delete(this.id);
  }
}

export interface FlavorListOptions extends ListOptions {
  /** `/flavors/detail` (true) or `/flavors`. @default true */
  detailed?: boolean;
  /** true: public only (Nova's default for non-admins); false: private only; 'all' (admin). */
  isPublic?: boolean | 'all';
  minDisk?: number;
  minRam?: number;
  sortKey?: string;
  sortDir?: 'asc' | 'desc';
}

/** The body of `flavors.create()`: name, RAM (MiB), vCPUs, disk (GiB) and the optional sizes and flags. */
export interface CreateFlavorOptions {
  name: string;
  ram: number;
  vcpus: number;
  disk: number;
  /** Leave out to let Nova pick a uuid. */
  id?: string;
  ephemeral?: number;
  swap?: number;
  rxtxFactor?: number;
  isPublic?: boolean;
  description?: string;
}

/** Nova flavors: `http.compute.flavors`. */
export class FlavorsManager extends Manager<Flavor> {
  protected readonly resourceClass = Flavor;
  protected override readonly resourceName = 'flavor';

  iterate(options: FlavorListOptions = {}): AsyncGenerator<Flavor, void, undefined> {
    const { detailed = true, isPublic, minDisk, minRam, sortKey, sortDir } = options;
    const query = {
      is_public: isPublic === 'all' ? 'None' : isPublic,
      minDisk, minRam, sort_key: sortKey, sort_dir: sortDir,
    };
    return this._iterate(detailed ? '/flavors/detail' : '/flavors', 'flavors', { query, ...pageOptionsOf(options) });
  }

  async list(options: FlavorListOptions = {}): Promise<Flavor[]> {
    return this._collect(this.iterate(options));
  }

  async get(flavor: Ref, call: CallOptions = {}): Promise<Flavor> {
    return this._get(`/flavors/${seg(idOf(flavor, 'flavors.get'))}`, 'flavor', callOptionsOf(call));
  }

  /** Create a flavor (admin). */
  async create(o: CreateFlavorOptions, call: CallOptions = {}): Promise<Flavor> {
    if (!o.name) throw new InvalidArgument('name', 'A flavor needs a name');
    for (const key of ['ram', 'vcpus', 'disk'] as const) {
      if (!Number.isInteger(o[key]) || o[key] < 0) throw new InvalidArgument(key, `A flavor's ${key} must be a whole number >= 0, got ${o[key]}`);
    }
    const flavor: Record<string, unknown> = { name: o.name, ram: o.ram, vcpus: o.vcpus, disk: o.disk };
    if (o.id !== undefined) flavor.id = o.id;
    if (o.ephemeral !== undefined) flavor['OS-FLV-EXT-DATA:ephemeral'] = o.ephemeral;
    if (o.swap !== undefined) flavor.swap = o.swap;
    if (o.rxtxFactor !== undefined) flavor.rxtx_factor = o.rxtxFactor;
    if (o.isPublic !== undefined) flavor['os-flavor-access:is_public'] = o.isPublic;
    if (o.description !== undefined) flavor.description = o.description;
    return this._create('/flavors', { flavor }, 'flavor', { okCodes: [200], ...callOptionsOf(call) });
  }

  /** Add or change extra specs (POST /flavors/{id}/os-extra_specs, admin); resolves with the specs Nova answers. */
  async setExtraSpecs(flavor: Ref, specs: Record<string, string>, call: CallOptions = {}): Promise<Record<string, string>> {
    const url = `/flavors/${seg(idOf(flavor, 'flavors.setExtraSpecs'))}/os-extra_specs`;
    const res = await this.client.post(url, { json: { extra_specs: specs }, ...callOptionsOf(call) });
    expectStatus(res, [200], 'POST');
    const answer = isJsonRecord(res.body) ? res.body.extra_specs : undefined;
    if (!isJsonRecord(answer)) throw noList('POST', res.url, '"extra_specs" object');
    return answer as Record<string, string>;
  }

  /** The projects a private flavor is shared with (GET /flavors/{id}/os-flavor-access; Nova answers 404 for a public one). */
  async listAccess(flavor: Ref, call: CallOptions = {}): Promise<{ flavor_id: string; tenant_id: string }[]> {
    const res = await this.client.get(`/flavors/${seg(idOf(flavor, 'flavors.listAccess'))}/os-flavor-access`, callOptionsOf(call));
    expectStatus(res, [200], 'GET');
    const list = isJsonRecord(res.body) ? res.body.flavor_access : undefined;
    if (!Array.isArray(list)) throw noList('GET', res.url, '"flavor_access" list');
    return list as { flavor_id: string; tenant_id: string }[];
  }

  async delete(flavor: Ref, call: CallOptions = {}): Promise<void> {
    return this._delete(`/flavors/${seg(idOf(flavor, 'flavors.delete'))}`, { okCodes: [202, 204], ...callOptionsOf(call) });
  }

  protected override findCandidates(_criteria: FindCriteria): AsyncIterable<Flavor> {
    return this.iterate({ isPublic: 'all' });
  }
}

function noList(method: string, url: string, what: string): InvalidResponse {
  const u = redactUrl(url);
  return new InvalidResponse(`${method} ${u} answered no ${what}`, { method, url: u });
}
