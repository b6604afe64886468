import { InvalidArgument } from '../../../errors/framework-errors.js';
import type { FindCriteria } from '../../common/find.js';
import { Manager } from '../../common/manager.js';
import { idOf, seg, type Ref } from '../../common/ref.js';
import { Resource } from '../../common/resource.js';
import { callOptionsOf, type CallOptions } from '../../common/types.js';
import type { ComputeV2Client } from './client.js';
import { atLeast } from './microversion.js';

/** Where Nova places a server group's members: together (affinity) or apart (anti-affinity), strictly or softly. */
export type ServerGroupPolicy = 'affinity' | 'anti-affinity' | 'soft-affinity' | 'soft-anti-affinity';

/** Nova's server group record (doc/api_samples/os-server-groups): `policies` before 2.64, `policy` + `rules` from it. */
export interface ServerGroupFields {
  id: string;
  name: string;
  members: string[];
  policy?: ServerGroupPolicy;
  policies?: ServerGroupPolicy[];
  rules?: { max_server_per_host?: number };
  metadata?: Record<string, string>;
  project_id?: string;
  user_id?: string;
  [key: string]: unknown;
}

export interface ServerGroup extends ServerGroupFields {}
/** A server group. */
export class ServerGroup extends Resource<ServerGroupFields> {
  declare readonly manager: ServerGroupsManager;

  async delete(): Promise<void> {
    return this.manager.delete(this.id);
  }
}

export interface ServerGroupListOptions extends CallOptions {
  allProjects?: boolean;
  /** Page size. */
  limit?: number;
  /** Skip this many groups (Nova pages server groups by offset). */
  offset?: number;
}

export interface CreateServerGroupOptions {
  name: string;
  policy: ServerGroupPolicy;
  /** Microversion 2.64 or later. */
  rules?: { max_server_per_host?: number };
}

const POLICIES: readonly string[] = ['affinity', 'anti-affinity', 'soft-affinity', 'soft-anti-affinity'];

/** Nova server groups: `http.compute.serverGroups`. */
export class ServerGroupsManager extends Manager<ServerGroup> {
  protected readonly resourceClass = ServerGroup;
  protected override readonly resourceName = 'server group';
  readonly #compute: ComputeV2Client;

  constructor(compute: ComputeV2Client) {
    super(compute);
    this.#compute = compute;
  }

  /** One page: server groups use offset/limit, not markers, so there is no `iterate`. */
  async list(options: ServerGroupListOptions = {}): Promise<ServerGroup[]> {
    return this._list('/os-server-groups', 'server_groups', {
      query: { all_projects: options.allProjects ? 'True' : undefined, limit: options.limit, offset: options.offset },
      ...callOptionsOf(options),
    });
  }

  async get(group: Ref, call: CallOptions = {}): Promise<ServerGroup> {
    return this._get(`/os-server-groups/${seg(idOf(group, 'serverGroups.get'))}`, 'server_group', callOptionsOf(call));
  }

  /** Create a group; sent as `policy` + `rules` from microversion 2.64, as `policies: [policy]` before. */
  async create(o: CreateServerGroupOptions, call: CallOptions = {}): Promise<ServerGroup> {
    if (!o.name) throw new InvalidArgument('name', 'A server group needs a name');
    if (!POLICIES.includes(o.policy)) {
      throw new InvalidArgument('policy', `Server group policy must be one of ${POLICIES.join(', ')}, got "${String(o.policy)}"`);
    }
    const modern = atLeast(await this.#compute.resolveMicroversion(), '2.64');
    if (o.rules && !modern) throw new InvalidArgument('rules', 'Server group rules need compute microversion 2.64 or later');
    const group = modern
      ? { name: o.name, policy: o.policy, ...(o.rules ? { rules: o.rules } : {}) }
      : { name: o.name, policies: [o.policy] };
    return this._create('/os-server-groups', { server_group: group }, 'server_group', { okCodes: [200], ...callOptionsOf(call) });
  }

  async delete(group: Ref, call: CallOptions = {}): Promise<void> {
    return this._delete(`/os-server-groups/${seg(idOf(group, 'serverGroups.delete'))}`, { okCodes: [204], ...callOptionsOf(call) });
  }

  protected override async findCandidates(_criteria: FindCriteria): Promise<ServerGroup[]> {
    return this.list();
  }
}
