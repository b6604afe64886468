import { InvalidArgument } from '../../common/errors.js';
import { NotFound } from '../../../errors/http-errors.js';
import { Manager } from '../../common/manager.js';
import { Resource } from '../../common/resource.js';
import { waitFor, type WaitForOptions } from '../../common/wait-for.js';
import { postAction, putAccepted } from './action.js';
import { instanceCreateBody, type InstanceCreateOptions, type InstanceFields, type InstanceListOptions } from './instance-types.js';
import { idOf, seg, type Ref } from './refs.js';

export type { InstanceCreateOptions, InstanceFields, InstanceListOptions } from './instance-types.js';

/** Options of `waitFor`; `status` defaults to ACTIVE. */
export type InstanceWaitOptions = Partial<WaitForOptions<Instance>>;

export interface Instance extends InstanceFields {}

/** A Trove instance, with its actions. */
export class Instance extends Resource<InstanceFields> {
  declare readonly manager: InstanceManager;

  /** Restart the database service (status REBOOT, then ACTIVE). */
  restart(): Promise<void> {
    return this.manager.restart(this);
  }

  /** Grow the data volume to `size` GB (status RESIZE, then ACTIVE). */
  resizeVolume(size: number): Promise<void> {
    return this.manager.resizeVolume(this, size);
  }

  /** Move to another flavor (status RESIZE, then ACTIVE). */
  resizeFlavor(flavor: Ref): Promise<void> {
    return this.manager.resizeFlavor(this, flavor);
  }

  attachConfiguration(configuration: Ref): Promise<void> {
    return this.manager.attachConfiguration(this, configuration);
  }

  detachConfiguration(): Promise<void> {
    return this.manager.detachConfiguration(this);
  }

  delete(): Promise<void> {
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
export class InstanceManager extends Manager<Instance> {
  protected readonly resourceClass = Instance;
  protected override readonly resourceName = 'database instance';

  /** Every instance, page by page (Trove's `links` rel=next); nothing is loaded ahead of use. */
  async *iterate(options: InstanceListOptions = {}): AsyncGenerator<Instance, void, undefined> {
    yield* this._iterate(options.detailed ? '/instances/detail' : '/instances', 'instances', {
      linksKey: 'links',
      ...(options.limit !== undefined ? { pageSize: options.limit } : {}),
      ...(options.marker !== undefined ? { marker: options.marker } : {}),
      ...(options.includeClustered ? { query: { include_clustered: true } } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  }

  /** All instances in one array (every page). */
  async list(options: InstanceListOptions = {}): Promise<Instance[]> {
    const all: Instance[] = [];
    for await (const i of this.iterate(options)) all.push(i);
    return all;
  }

  async get(instance: Ref): Promise<Instance> {
    return this._get(`/instances/${seg(idOf(instance, 'instances.get'))}`, 'instance');
  }

  /** Create an instance; it starts in BUILD. Trove answers 200 with the new record. */
  async create(options: InstanceCreateOptions): Promise<Instance> {
    return this._create('/instances', instanceCreateBody(options), 'instance', { okCodes: [200, 202] });
  }

  /** Delete an instance (it goes to SHUTDOWN, then disappears). */
  async delete(instance: Ref): Promise<void> {
    return this._delete(`/instances/${seg(idOf(instance, 'instances.delete'))}`, { okCodes: [202, 204] });
  }

  /** Rename an instance. */
  async update(instance: Ref, changes: { name: string }): Promise<void> {
    return putAccepted(this.client, this.#url(instance, 'instances.update'), { instance: { name: changes.name } });
  }

  async restart(instance: Ref): Promise<void> {
    return postAction(this.client, `${this.#url(instance, 'instances.restart')}/action`, { restart: {} });
  }

  /** Grow the data volume; Trove refuses (400) a size that is not larger. */
  async resizeVolume(instance: Ref, size: number): Promise<void> {
    if (!Number.isInteger(size) || size < 1) throw new InvalidArgument('size', `resizeVolume needs a whole number of GB above 0, got ${String(size)}`);
    return postAction(this.client, `${this.#url(instance, 'instances.resizeVolume')}/action`, { resize: { volume: { size } } });
  }

  async resizeFlavor(instance: Ref, flavor: Ref): Promise<void> {
    const flavorRef = idOf(flavor, 'instances.resizeFlavor flavor');
    return postAction(this.client, `${this.#url(instance, 'instances.resizeFlavor')}/action`, { resize: { flavorRef } });
  }

  async attachConfiguration(instance: Ref, configuration: Ref): Promise<void> {
    const id = idOf(configuration, 'attachConfiguration configuration');
    return putAccepted(this.client, this.#url(instance, 'instances.attachConfiguration'), { instance: { configuration: id } });
  }

  /** Detach whatever configuration group is attached (Trove: a PUT without `configuration`). */
  async detachConfiguration(instance: Ref): Promise<void> {
    return putAccepted(this.client, this.#url(instance, 'instances.detachConfiguration'), { instance: {} });
  }

  /**
   * Poll until the instance reaches `status` (ACTIVE by default). ERROR ends the wait with
   * ResourceInErrorState carrying Trove's fault message; the timeout with WaitTimeout.
   */
  async waitFor(instance: Ref, options: InstanceWaitOptions = {}): Promise<Instance> {
    const id = idOf(instance, 'instances.waitFor');
    return waitFor((signal) => this._get(`/instances/${seg(id)}`, 'instance', signal ? { signal } : {}), {
      description: `database instance ${id}`,
      ...options,
      status: options.status ?? 'ACTIVE',
    });
  }

  /** Poll until the instance is gone (GET answers 404); progress reports SHUTDOWN, then DELETED. */
  async waitForDelete(instance: Ref, options: Omit<Partial<WaitForOptions<Instance | null>>, 'status' | 'statusOf'> = {}): Promise<void> {
    const id = idOf(instance, 'instances.waitForDelete');
    await waitFor<Instance | null>(
      async (signal) => {
        try {
          return await this._get(`/instances/${seg(id)}`, 'instance', signal ? { signal } : {});
        } catch (err) {
          if (err instanceof NotFound) return null;
          throw err;
        }
      },
      { description: `database instance ${id}`, ...options, status: 'DELETED', statusOf: (r) => (r === null ? 'DELETED' : r.status) },
    );
  }

  protected override findCandidates(): AsyncIterable<Instance> {
    return this.iterate();
  }

  #url(instance: Ref, what: string): string {
    return `/instances/${seg(idOf(instance, what))}`;
  }
}
