import { Manager } from '../../common/manager.js';
import { Resource } from '../../common/resource.js';
import { callOptionsOf, type CallOptions } from '../../common/types.js';

/** Nova's absolute limits and usage (doc/api_samples/limits); -1 means unlimited. */
export interface AbsoluteLimits {
  maxTotalInstances?: number;
  maxTotalCores?: number;
  maxTotalRAMSize?: number;
  maxTotalKeypairs?: number;
  maxServerMeta?: number;
  maxImageMeta?: number;
  maxPersonality?: number;
  maxPersonalitySize?: number;
  maxServerGroups?: number;
  maxServerGroupMembers?: number;
  totalInstancesUsed?: number;
  totalCoresUsed?: number;
  totalRAMUsed?: number;
  totalServerGroupsUsed?: number;
  [key: string]: number | undefined;
}

/** Nova's limits record: the absolute limits and usage of the project, and the (legacy) rate limits. */
export interface LimitsFields {
  absolute: AbsoluteLimits;
  rate: unknown[];
  [key: string]: unknown;
}

export interface Limits extends LimitsFields {}
/** The project's compute limits. */
export class Limits extends Resource<LimitsFields> {
  declare readonly manager: LimitsManager;

  override async refresh(): Promise<this> {
    const fresh = await this.manager.get();
    this.replaceInfo(fresh.toJSON());
    return this;
  }
}

/** Nova limits: `http.compute.limits`. */
export class LimitsManager extends Manager<Limits> {
  protected readonly resourceClass = Limits;
  protected override readonly resourceName = 'limits';

  /**
   * @param options.reserved include reserved resources in the usage
   * @param options.tenantId another project's limits (admin)
   */
  async get(options: CallOptions & { reserved?: boolean; tenantId?: string } = {}): Promise<Limits> {
    return this._get('/limits', 'limits', {
      query: { reserved: options.reserved ? 1 : undefined, tenant_id: options.tenantId },
      ...callOptionsOf(options),
    });
  }
}
