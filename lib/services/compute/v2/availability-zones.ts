import type { FindCriteria } from '../../common/find.js';
import { Manager } from '../../common/manager.js';
import { Resource } from '../../common/resource.js';
import { callOptionsOf, type CallOptions } from '../../common/types.js';

/** Nova's availability zone record (doc/api_samples/os-availability-zone). */
export interface AvailabilityZoneFields {
  zoneName: string;
  zoneState: { available: boolean };
  /** host → service → state; null in the non-detailed list. */
  hosts: Record<string, Record<string, { active: boolean; available: boolean; updated_at: string | null }>> | null;
  [key: string]: unknown;
}

export interface AvailabilityZone extends AvailabilityZoneFields {}
/** An availability zone; its id is its name. */
export class AvailabilityZone extends Resource<AvailabilityZoneFields> {
  override getId(): string {
    return this.zoneName;
  }
}

/** Nova availability zones: `http.compute.availabilityZones`. */
export class AvailabilityZonesManager extends Manager<AvailabilityZone> {
  protected readonly resourceClass = AvailabilityZone;
  protected override readonly resourceName = 'availability zone';

  /**
   * The zones (one page: Nova does not page them). `detailed` adds hosts, their services and the `internal`
   * zone; it defaults to false here alone, because Nova lets only admins read the detail.
   */
  async list(options: CallOptions & { detailed?: boolean } = {}): Promise<AvailabilityZone[]> {
    const url = options.detailed ? '/os-availability-zone/detail' : '/os-availability-zone';
    return this._list(url, 'availabilityZoneInfo', callOptionsOf(options));
  }

  protected override async findCandidates(_criteria: FindCriteria): Promise<AvailabilityZone[]> {
    return this.list();
  }

  /** Zones have no get call: lookups by id are lookups by name. */
  protected override lookupById(id: string): Promise<AvailabilityZone> {
    return this.find({ zoneName: id });
  }
}
