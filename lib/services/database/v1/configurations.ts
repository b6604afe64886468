import { InvalidArgument } from '../../../errors/framework-errors.js';
import { Manager } from '../../common/manager.js';
import { expectStatus } from '../../common/ok-codes.js';
import { pageOptionsOf, paginate, type ListOptions } from '../../common/pagination.js';
import { Resource } from '../../common/resource.js';
import { callOptionsOf, type CallOptions } from '../../common/types.js';
import { putAccepted } from './action.js';
import { datastoreBody } from './instance-types.js';
import { idOf, seg, type Ref } from '../../common/ref.js';

/** Trove's configuration group record: datastore settings applied to instances. */
export interface ConfigurationFields {
  id: string;
  name: string;
  description: string | null;
  datastore_name: string;
  datastore_version_id: string;
  datastore_version_name: string;
  datastore_version_number?: string;
  created: string;
  updated: string;
  /** In a get (and create) answer only. */
  values?: Record<string, unknown>;
  /** In a get (and create) answer only. */
  instance_count?: number;
}

export interface Configuration extends ConfigurationFields {}

/** A configuration group: datastore settings that instances can share. */
export class Configuration extends Resource<ConfigurationFields> {
  declare readonly manager: ConfigurationsManager;

  async delete(): Promise<void> {
    return this.manager.delete(this);
  }

  /** The instances this group is attached to (id and name). */
  async instances(): Promise<{ id: string; name: string }[]> {
    return this.manager.instances(this);
  }

  /** Set some values, keeping the others. */
  async patch(values: Record<string, unknown>): Promise<void> {
    return this.manager.patch(this, values);
  }
}

/** The body of `configurations.create()`: name, values, datastore. */
export interface ConfigurationCreateOptions {
  name: string;
  values: Record<string, unknown>;
  description?: string;
  /** @default the cloud's default datastore and version; `versionNumber` tells apart versions of one name */
  datastore?: { type?: string; version?: string; versionNumber?: string };
}

/** /configurations: list, get, create, update (replace values), patch (merge values), delete, instances. */
export class ConfigurationsManager extends Manager<Configuration> {
  protected readonly resourceClass = Configuration;
  protected override readonly resourceName = 'configuration group';

  async *iterate(options: ListOptions = {}): AsyncGenerator<Configuration, void, undefined> {
    yield* this._iterate('/configurations', 'configurations', { linksKey: 'links', ...pageOptionsOf(options) });
  }

  async list(options: ListOptions = {}): Promise<Configuration[]> {
    return this._collect(this.iterate(options));
  }

  /** One group with its values and instance count. */
  async get(configuration: Ref, call: CallOptions = {}): Promise<Configuration> {
    return this._get(this.#url(configuration, 'configurations.get'), 'configuration', callOptionsOf(call));
  }

  async create(options: ConfigurationCreateOptions, call: CallOptions = {}): Promise<Configuration> {
    if (!options.name) throw new InvalidArgument('name', 'configurations.create needs a name');
    if (typeof options.values !== 'object' || options.values === null) throw new InvalidArgument('values', 'configurations.create needs values (an object)');
    const body: Record<string, unknown> = { name: options.name, values: options.values };
    if (options.description !== undefined) body.description = options.description;
    if (options.datastore) body.datastore = datastoreBody(options.datastore);
    return this._create('/configurations', { configuration: body }, 'configuration', { okCodes: [200, 202], ...callOptionsOf(call) });
  }

  /** Replace all values (and optionally name and description). */
  update(
    configuration: Ref, changes: { values: Record<string, unknown>; name?: string; description?: string }, call: CallOptions = {},
  ): Promise<void> {
    const body: Record<string, unknown> = { values: changes.values };
    if (changes.name !== undefined) body.name = changes.name;
    if (changes.description !== undefined) body.description = changes.description;
    return putAccepted(this.client, this.#url(configuration, 'configurations.update'), { configuration: body }, call);
  }

  /** Set some values, keeping the others. */
  async patch(configuration: Ref, values: Record<string, unknown>, call: CallOptions = {}): Promise<void> {
    const url = this.#url(configuration, 'configurations.patch');
    const res = await this.client.patch(url, { json: { configuration: { values } }, ...callOptionsOf(call) });
    expectStatus(res, [200, 202, 204], 'PATCH');
  }

  /** Trove refuses (400) to delete a group still attached to an instance. */
  async delete(configuration: Ref, call: CallOptions = {}): Promise<void> {
    return this._delete(this.#url(configuration, 'configurations.delete'), { okCodes: [202, 204], ...callOptionsOf(call) });
  }

  /** The instances a group is attached to (id and name), every page. */
  async instances(configuration: Ref, options: ListOptions = {}): Promise<{ id: string; name: string }[]> {
    const url = `${this.#url(configuration, 'configurations.instances')}/instances`;
    const pages = paginate<{ id: string; name: string }>(this.client, url, { responseKey: 'instances', linksKey: 'links', ...pageOptionsOf(options) });
    return this._collect(pages);
  }

  protected override findCandidates(): AsyncIterable<Configuration> {
    return this.iterate();
  }

  #url(configuration: Ref, what: string): string {
    return `/configurations/${seg(idOf(configuration, what))}`;
  }
}
