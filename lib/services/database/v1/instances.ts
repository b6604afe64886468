import { InvalidArgument } from '../../../errors/framework-errors.js';
import { NotFound } from '../../../errors/http-errors.js';
import { Manager } from '../../common/manager.js';
import { pageOptionsOf } from '../../common/pagination.js';
import { Resource } from '../../common/resource.js';
import { callOptionsOf, type CallOptions } from '../../common/types.js';
import { waitFor, type WaitOptions } from '../../common/wait-for.js';
import { postAction, putAccepted } from './action.js';
import { instanceCreateBody, type InstanceCreateOptions, type InstanceFields, type InstanceListOptions } from './instance-types.js';
import { idOf, seg, type Ref } from '../../common/ref.js';

export type { InstanceCreateOptions, InstanceFields, InstanceListOptions } from './instance-types.js';

/** Options of `waitFor`; `status` defaults to ACTIVE. */
export type InstanceWaitOptions = WaitOptions<Instance>;

export interface Instance extends InstanceFields {}

/** A Trove instance, with its actions. */
export class Instance extends Resource<InstanceFields> {
  declare readonly manager: InstancesManager;

  /** Restart the database service (status REBOOT, then ACTIVE). */
  async restart(): Promise<void> {
    return this.manager.restart(this);
  }

  /** Grow the data volume to `size` GB (status RESIZE, then ACTIVE). */
  async resizeVolume(size: number): Promise<void> {
    return this.manager.resizeVolume(this, size);
  }

  /** Move to another flavor (status RESIZE, then ACTIVE). */
  async resizeFlavor(flavor: Ref): Promise<void> {
    return this.manager.resizeFlavor(this, flavor);
  }

  async attachConfiguration(configuration: Ref): Promise<void> {
    return this.manager.attachConfiguration(this, configuration);
  }

  async detachConfiguration(): Promise<void> {
    return this.manager.detachConfiguration(this);
  }

  async delete(): Promise<void> {
    return this.manager.delete(this);
  }

  /** Poll until the instance reaches a status (ACTIVE by default); this object then holds the last record read. */
  async waitFor(options: InstanceWaitOptions = {}): Promise<this> {
    const fresh = await this.manager.waitFor(this, options);
    this.replaceInfo(fresh.toJSON());
    return this;
  }
}

/** /instances: list, get, create, delete, restart, resize, configuration attach / detach, waits. */
export class InstancesManager extends Manager<Instance> {
  protected readonly resourceClass = Instance;
  protected override readonly resourceName = 'database instance';

  /** Every instance, page by page (Trove's `links` rel=next); nothing is loaded ahead of use. */
  iterate(options: InstanceListOptions = {}): AsyncGenerator<Instance, void, undefined> {
    const { detailed = true } = options;
    const query: Record<string, string | boolean> = {};
    if (options.includeClustered) query.include_clustered = true;
    const admin = options.allProjects || options.projectId !== undefined;
    if (admin) {
      // The admin listing (trove/extensions/mgmt) holds deleted instances too unless told otherwise.
      query.deleted = false;
      if (options.projectId !== undefined) query.project_id = options.projectId;
    }
    const url = admin ? '/mgmt/instances' : detailed ? '/instances/detail' : '/instances';
    return this._iterate(url, 'instances', {
      linksKey: 'links',
      ...pageOptionsOf(options),
      ...(Object.keys(query).length > 0 ? { query } : {}),
    });
  }

  /** All instances in one array (every page). */
  async list(options: InstanceListOptions = {}): Promise<Instance[]> {
    return this._collect(this.iterate(options));
  }

  async get(instance: Ref, call: CallOptions = {}): Promise<Instance> {
    return this._get(this.#url(instance, 'instances.get'), 'instance', callOptionsOf(call));
  }

  /** Create an instance; it starts in BUILD. Trove answers 200 with the new record. */
  async create(options: InstanceCreateOptions, call: CallOptions = {}): Promise<Instance> {
    return this._create('/instances', instanceCreateBody(options), 'instance', { okCodes: [200, 202], ...callOptionsOf(call) });
  }

  /** Delete an instance (it goes to SHUTDOWN, then disappears). */
  async delete(instance: Ref, call: CallOptions = {}): Promise<void> {
    return this._delete(this.#url(instance, 'instances.delete'), { okCodes: [202, 204], ...callOptionsOf(call) });
  }

  /** Rename an instance. */
  async update(instance: Ref, changes: { name: string }, call: CallOptions = {}): Promise<void> {
    return putAccepted(this.client, this.#url(instance, 'instances.update'), { instance: { name: changes.name } }, call);
  }

  /**
   * Reset a stuck instance (Trove's `reset_status` action, admin): its task goes back to none and its status to ERROR,
   * so that an instance stuck in BUILD can be deleted (Trove refuses, 422, to delete one in BUILD).
   */
  async resetStatus(instance: Ref, call: CallOptions = {}): Promise<void> {
    return postAction(this.client, `${this.#url(instance, 'instances.resetStatus')}/action`, { reset_status: {} }, call);
  }

  async restart(instance: Ref, call: CallOptions = {}): Promise<void> {
    return postAction(this.client, `${this.#url(instance, 'instances.restart')}/action`, { restart: {} }, call);
  }

  /** Grow the data volume; Trove refuses (400) a size that is not larger. */
  async resizeVolume(instance: Ref, size: number, call: CallOptions = {}): Promise<void> {
    if (!Number.isInteger(size) || size < 1) throw new InvalidArgument('size', `resizeVolume needs a whole number of GB above 0, got ${String(size)}`);
    return postAction(this.client, `${this.#url(instance, 'instances.resizeVolume')}/action`, { resize: { volume: { size } } }, call);
  }

  async resizeFlavor(instance: Ref, flavor: Ref, call: CallOptions = {}): Promise<void> {
    const flavorRef = idOf(flavor, 'instances.resizeFlavor flavor');
    return postAction(this.client, `${this.#url(instance, 'instances.resizeFlavor')}/action`, { resize: { flavorRef } }, call);
  }

  async attachConfiguration(instance: Ref, configuration: Ref, call: CallOptions = {}): Promise<void> {
    const id = idOf(configuration, 'attachConfiguration configuration');
    return putAccepted(this.client, this.#url(instance, 'instances.attachConfiguration'), { instance: { configuration: id } }, call);
  }

  /** Detach whatever configuration group is attached (Trove: a PUT without `configuration`). */
  async detachConfiguration(instance: Ref, call: CallOptions = {}): Promise<void> {
    return putAccepted(this.client, this.#url(instance, 'instances.detachConfiguration'), { instance: {} }, call);
  }

  /**
   * Poll until the instance reaches `status` (ACTIVE by default). ERROR ends the wait with
   * ResourceInErrorState carrying Trove's fault message; the timeout with WaitTimeout.
   */
  async waitFor(instance: Ref, options: InstanceWaitOptions = {}): Promise<Instance> {
    const id = idOf(instance, 'instances.waitFor');
    return waitFor((signal) => this.get(id, signal ? { signal } : {}), {
      description: `database instance ${id}`,
      ...options,
      status: options.status ?? 'ACTIVE',
    });
  }

  /** Poll until the instance is gone (GET answers 404); progress reports SHUTDOWN, then DELETED. */
  async waitForDelete(instance: Ref, options: Omit<WaitOptions<Instance | null>, 'status'> = {}): Promise<void> {
    const id = idOf(instance, 'instances.waitForDelete');
    await waitFor<Instance | null>(
      async (signal) => {
        try {
          return await this.get(id, signal ? { signal } : {});
        } catch (err) {
          if (err instanceof NotFound) return null;
          throw err;
        }
      },
      { description: `database instance ${id}`, ...options, status: 'DELETED', statusOf: (r) => (r === null ? 'DELETED' : r.status) },
    );
  }

  protected override findCandidates(): AsyncIterable<Instance> {
    return this.iterate({ detailed: false });
  }

  #url(instance: Ref, what: string): string {
    return `/instances/${seg(idOf(instance, what))}`;
  }
}
