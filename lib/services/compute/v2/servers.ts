import { InvalidResponse } from '../../../errors/transport-errors.js';
import { redactUrl } from '../../../log/redact.js';
import { InvalidArgument } from '../../common/errors.js';
import type { FindCriteria } from '../../common/find.js';
import { Manager, type CallOptions } from '../../common/manager.js';
import { DEFAULT_OK_CODES, expectStatus } from '../../common/ok-codes.js';
import { isJsonRecord } from '../../common/types.js';
import { waitFor, type WaitForOptions } from '../../common/wait-for.js';
import type { ComputeV2Client } from './client.js';
import { atLeast } from './microversion.js';
import { Server } from './server.js';
import { serverCreateBody } from './server-create-body.js';
import type { CreateServerOptions, RebootType, RebuildOptions, ServerListOptions } from './server-types.js';

const path = (id: string) => `/servers/${encodeURIComponent(id)}`;

/** Nova servers: `http.compute.servers`. */
export class ServersManager extends Manager<Server> {
  protected readonly resourceClass = Server;
  protected override readonly resourceName = 'server';
  readonly #compute: ComputeV2Client;

  constructor(compute: ComputeV2Client) {
    super(compute);
    this.#compute = compute;
  }

  /**
   * Every server matching the filters, page by page: a page is fetched when the previous one is used up.
   * @example for await (const s of compute.servers.iterate({ filters: { status: 'ACTIVE' } })) console.log(s.name);
   */
  iterate(options: ServerListOptions = {}): AsyncGenerator<Server, void, undefined> {
    const { detailed = true, filters = {}, pageSize, marker, pageCap, signal } = options;
    return this._iterate(detailed ? '/servers/detail' : '/servers', 'servers', {
      query: filters,
      ...(pageSize !== undefined ? { pageSize } : {}),
      ...(marker !== undefined ? { marker } : {}),
      ...(pageCap !== undefined ? { pageCap } : {}),
      ...(signal !== undefined ? { signal } : {}),
    });
  }

  /** All servers matching the filters, every page collected (use `iterate` for large clouds). */
  async list(options: ServerListOptions = {}): Promise<Server[]> {
    const all: Server[] = [];
    for await (const s of this.iterate(options)) all.push(s);
    return all;
  }

  get(id: string, options: CallOptions = {}): Promise<Server> {
    return this._get(path(id), 'server', options);
  }

  /** Boot a server. The answer holds id, links and adminPass; `waitFor('ACTIVE')` loads the rest. */
  async create(options: CreateServerOptions, call: CallOptions = {}): Promise<Server> {
    const microversion = await this.#compute.resolveMicroversion();
    return this._create('/servers', serverCreateBody(options, microversion), 'server', { okCodes: [202], ...call });
  }

  async update(id: string, fields: { name?: string; description?: string | null }, call: CallOptions = {}): Promise<Server> {
    const server = await this._update(path(id), { server: fields }, 'server', { okCodes: [200], ...call });
    return server ?? this.get(id);
  }

  delete(id: string, call: CallOptions = {}): Promise<void> {
    return this._delete(path(id), { okCodes: [204], ...call });
  }

  async reboot(id: string, type: RebootType = 'SOFT'): Promise<void> {
    if (type !== 'SOFT' && type !== 'HARD') throw new InvalidArgument('type', `Reboot type must be SOFT or HARD, got "${String(type)}"`);
    await this.#action(id, { reboot: { type } }, [202]);
  }

  async stop(id: string): Promise<void> {
    await this.#action(id, { 'os-stop': null }, [202]);
  }

  async start(id: string): Promise<void> {
    await this.#action(id, { 'os-start': null }, [202]);
  }

  /** Resize to another flavor; the server goes to VERIFY_RESIZE, then confirmResize or revertResize. */
  async resize(id: string, flavorRef: string): Promise<void> {
    if (!flavorRef) throw new InvalidArgument('flavorRef', 'resize needs a flavorRef (a flavor id)');
    await this.#action(id, { resize: { flavorRef } }, [202]);
  }

  async confirmResize(id: string): Promise<void> {
    await this.#action(id, { confirmResize: null }, [204]);
  }

  async revertResize(id: string): Promise<void> {
    await this.#action(id, { revertResize: null }, [202]);
  }

  async rebuild(id: string, imageRef: string, options: RebuildOptions = {}): Promise<Server> {
    if (!imageRef) throw new InvalidArgument('imageRef', 'rebuild needs an imageRef (an image id)');
    const rebuild: Record<string, unknown> = { imageRef };
    if (options.name !== undefined) rebuild.name = options.name;
    if (options.adminPass !== undefined) rebuild.adminPass = options.adminPass;
    if (options.metadata !== undefined) rebuild.metadata = options.metadata;
    if (options.description !== undefined) rebuild.description = options.description;
    if (options.keyName !== undefined) rebuild.key_name = options.keyName;
    if (options.preserveEphemeral !== undefined) rebuild.preserve_ephemeral = options.preserveEphemeral;
    const res = await this.#action(id, { rebuild }, [202]);
    if (!isJsonRecord(res.body) || !isJsonRecord(res.body.server)) throw shape(res.url, 'no "server" object in the rebuild answer');
    return this.wrap(res.body.server, true);
  }

  /** Snapshot a server; resolves with the image id (from the body from 2.45, from the Location header before). */
  async createImage(id: string, name: string, metadata?: Record<string, string>): Promise<string> {
    if (!name) throw new InvalidArgument('name', 'createImage needs a name for the image');
    const microversion = await this.#compute.resolveMicroversion();
    const res = await this.#action(id, { createImage: { name, ...(metadata ? { metadata } : {}) } }, [202]);
    if (atLeast(microversion, '2.45') && isJsonRecord(res.body) && typeof res.body.image_id === 'string') return res.body.image_id;
    const location = res.headers.location;
    const href = Array.isArray(location) ? location[0] : location;
    const imageId = href ? new URL(href, res.url).pathname.split('/').filter(Boolean).pop() : undefined;
    if (imageId) return imageId;
    if (isJsonRecord(res.body) && typeof res.body.image_id === 'string') return res.body.image_id;
    throw shape(res.url, 'createImage answered neither an image_id nor a Location header');
  }

  /** The server's console log, the last `length` lines when given. */
  async getConsoleOutput(id: string, length?: number): Promise<string> {
    if (length !== undefined && (!Number.isInteger(length) || length < 0)) {
      throw new InvalidArgument('length', `Console output length must be a whole number of lines, got ${length}`);
    }
    const res = await this.#action(id, { 'os-getConsoleOutput': length === undefined ? {} : { length } }, [200]);
    if (!isJsonRecord(res.body) || typeof res.body.output !== 'string') throw shape(res.url, 'no "output" string');
    return res.body.output;
  }

  /**
   * Poll a server until it reaches `status`; ERROR ends the wait with its fault message.
   * @example await compute.servers.waitFor(id, 'ACTIVE', { timeout: 300_000, onProgress: ({ status }) => log(status) })
   */
  waitFor(id: string, status: string | string[], options: Omit<WaitForOptions<Server>, 'status'> = {}): Promise<Server> {
    return waitFor((signal) => this.get(id, signal ? { signal } : {}), { description: `server ${id}`, ...options, status });
  }

  /** find() lists with the name filter (Nova's is a regex search), then matches exactly. */
  protected override findCandidates(criteria: FindCriteria): AsyncIterable<Server> {
    const filters = typeof criteria.name === 'string' ? { name: `^${escapeRegex(criteria.name)}$` } : {};
    return this.iterate({ filters });
  }

  async #action(id: string, body: Record<string, unknown>, okCodes: readonly number[]) {
    const res = await this.client.post(`${path(id)}/action`, { json: body });
    expectStatus(res, okCodes.length ? okCodes : DEFAULT_OK_CODES.action, 'POST');
    return res;
  }
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function shape(url: string, what: string): InvalidResponse {
  const u = redactUrl(url);
  return new InvalidResponse(`POST ${u} answered a body of the wrong shape: ${what}`, { method: 'POST', url: u });
}
