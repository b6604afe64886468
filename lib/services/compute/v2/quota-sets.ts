import { InvalidArgument } from '../../../errors/framework-errors.js';
import { Manager } from '../../common/manager.js';
import { idOf, seg, type Ref } from '../../common/ref.js';
import { Resource } from '../../common/resource.js';
import { callOptionsOf, type CallOptions } from '../../common/types.js';

/** One quota with its usage, as `GET /os-quota-sets/{project}/detail` reports it. */
export interface QuotaUsage {
  limit: number;
  in_use: number;
  reserved: number;
}

/**
 * Nova's quota set of a project (doc/api_samples/os-quota-sets): `id` is the project id, every other key a quota
 * (-1 for unlimited), or a {@link QuotaUsage} when read with `detail`. Microversion 2.36 drops the network-proxy
 * quotas (fixed_ips, floating_ips, security_groups, security_group_rules), 2.57 the injected-file ones.
 */
export interface QuotaSetFields {
  /** The project id (absent from the answer to an update). */
  id?: string;
  cores?: number | QuotaUsage;
  instances?: number | QuotaUsage;
  ram?: number | QuotaUsage;
  key_pairs?: number | QuotaUsage;
  metadata_items?: number | QuotaUsage;
  server_groups?: number | QuotaUsage;
  server_group_members?: number | QuotaUsage;
  [key: string]: unknown;
}

export interface QuotaSet extends QuotaSetFields {}
/** A project's compute quotas. */
export class QuotaSet extends Resource<QuotaSetFields> {
  declare readonly manager: QuotaSetsManager;

  override async refresh(): Promise<this> {
    if (this.id === undefined) throw new TypeError('This quota set has no project id to refresh by (Nova leaves it out of an update)');
    const fresh = await this.manager.get(this.id);
    this.replaceInfo(fresh.toJSON());
    return this;
  }
}

/** Options of {@link QuotaSetsManager.get}. */
export interface QuotaSetGetOptions extends CallOptions {
  /** The quotas of one user in the project. */
  userId?: string;
  /** Each quota as `{ limit, in_use, reserved }` (`/detail`). */
  detail?: boolean;
}

/** The changes of {@link QuotaSetsManager.update}: new limits by quota name, and `force` to set one below the usage. */
export interface QuotaSetChanges {
  [quota: string]: number | boolean | undefined;
  force?: boolean;
}

/** Nova quota sets (`/os-quota-sets`): `http.compute.quotaSets`; `ref` names the project. */
export class QuotaSetsManager extends Manager<QuotaSet> {
  protected readonly resourceClass = QuotaSet;
  protected override readonly resourceName = 'quota set';

  /** The project's quotas (of one user with `userId`; with usage with `detail`). */
  async get(project: Ref, options: QuotaSetGetOptions = {}): Promise<QuotaSet> {
    const url = `/os-quota-sets/${seg(idOf(project, 'quotaSets.get'))}${options.detail ? '/detail' : ''}`;
    return this._get(url, 'quota_set', { query: { user_id: options.userId }, ...callOptionsOf(options) });
  }

  /** The default quotas a project without its own gets. */
  async defaults(project: Ref, call: CallOptions = {}): Promise<QuotaSet> {
    return this._get(`/os-quota-sets/${seg(idOf(project, 'quotaSets.defaults'))}/defaults`, 'quota_set', callOptionsOf(call));
  }

  /** Set some of the project's quotas (admin); resolves the whole quota set after the change. */
  async update(project: Ref, changes: QuotaSetChanges, call: CallOptions & { userId?: string } = {}): Promise<QuotaSet> {
    for (const [key, value] of Object.entries(changes)) {
      const ok = key === 'force' ? typeof value === 'boolean' : Number.isInteger(value) && (value as number) >= -1;
      if (!ok && value !== undefined) {
        const expected = key === 'force' ? 'true or false' : 'a whole number, -1 for unlimited';
        throw new InvalidArgument(key, `Quota "${key}" must be ${expected}, got ${String(value)}`);
      }
    }
    const url = `/os-quota-sets/${seg(idOf(project, 'quotaSets.update'))}`;
    const updated = await this._update(url, { quota_set: changes }, 'quota_set', { query: { user_id: call.userId }, ...callOptionsOf(call) });
    return updated!;
  }

  /** Drop the project's own quotas: it gets the defaults again (admin). */
  async delete(project: Ref, call: CallOptions & { userId?: string } = {}): Promise<void> {
    const url = `/os-quota-sets/${seg(idOf(project, 'quotaSets.delete'))}`;
    return this._delete(url, { okCodes: [202], query: { user_id: call.userId }, ...callOptionsOf(call) });
  }
}
