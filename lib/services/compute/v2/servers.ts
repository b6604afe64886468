import { InvalidResponse } from '../../../errors/transport-errors.js';
import { redactUrl } from '../../../log/redact.js';
import { InvalidArgument } from '../../../errors/framework-errors.js';
import type { FindCriteria } from '../../common/find.js';
import { Manager } from '../../common/manager.js';
import { DEFAULT_OK_CODES, expectStatus } from '../../common/ok-codes.js';
import { pageOptionsOf } from '../../common/pagination.js';
import { idOf, seg, type Ref } from '../../common/ref.js';
import { callOptionsOf, isJsonRecord, type CallOptions } from '../../common/types.js';
import { waitFor, type WaitOptions } from '../../common/wait-for.js';
import type { ComputeV2Client } from './client.js';
import { atLeast } from './microversion.js';
import { Server } from './server.js';
import { serverCreateBody } from './server-create-body.js';
import type { CreateServerOptions, RebootType, RebuildOptions, ServerListOptions } from './server-types.js';

const path = (server: Ref, what: string) => `/servers/${seg(idOf(server, what))}`;

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
   * @example for await (const s of compute.servers.iterate({ filters: { status: 'ACTIVE' }, limit: 100 })) console.log(s.name);
   */
  iterate(options: ServerListOptions = {}): AsyncGenerator<Server, void, undefined> {
    const { detailed = true, filters = {} } = options;
    return this._iterate(detailed ? '/servers/detail' : '/servers', 'servers', { query: filters, ...pageOptionsOf(options) });
  }

  /** All servers matching the filters, every page collected (use `iterate` for large clouds). */
  async list(options: ServerListOptions = {}): Promise<Server[]> {
    return this._collect(this.iterate(options));
  }

  async get(server: Ref, call: CallOptions = {}): Promise<Server> {
    return this._get(path(server, 'servers.get'), 'server', callOptionsOf(call));
  }

  /** Boot a server. The answer holds id, links and adminPass; `waitFor(server)` loads the rest. */
  async create(options: CreateServerOptions, call: CallOptions = {}): Promise<Server> {
    const microversion = await this.#compute.resolveMicroversion();
    return this._create('/servers', serverCreateBody(options, microversion), 'server', { okCodes: [202], ...callOptionsOf(call) });
  }

  async update(server: Ref, fields: { name?: string; description?: string | null }, call: CallOptions = {}): Promise<Server> {
    const updated = await this._update(path(server, 'servers.update'), { server: fields }, 'server', { okCodes: [200], ...callOptionsOf(call) });
    return updated ?? this.get(server, call);
  }

  async delete(server: Ref, call: CallOptions = {}): Promise<void> {
    return this._delete(path(server, 'servers.delete'), { okCodes: [204], ...callOptionsOf(call) });
  }

  async reboot(server: Ref, type: RebootType = 'SOFT', call: CallOptions = {}): Promise<void> {
    if (type !== 'SOFT' && type !== 'HARD') throw new InvalidArgument('type', `Reboot type must be SOFT or HARD, got "${String(type)}"`);
    await this.#action(server, { reboot: { type } }, [202], call);
  }

  async stop(server: Ref, call: CallOptions = {}): Promise<void> {
    await this.#action(server, { 'os-stop': null }, [202], call);
  }

  async start(server: Ref, call: CallOptions = {}): Promise<void> {
    await this.#action(server, { 'os-start': null }, [202], call);
  }

  /** Pause a running server (its memory stays in RAM); `unpause` resumes it. */
  async pause(server: Ref, call: CallOptions = {}): Promise<void> {
    await this.#action(server, { pause: null }, [202], call);
  }

  async unpause(server: Ref, call: CallOptions = {}): Promise<void> {
    await this.#action(server, { unpause: null }, [202], call);
  }

  /** Suspend a running server (its memory goes to disk); `resume` brings it back. */
  async suspend(server: Ref, call: CallOptions = {}): Promise<void> {
    await this.#action(server, { suspend: null }, [202], call);
  }

  async resume(server: Ref, call: CallOptions = {}): Promise<void> {
    await this.#action(server, { resume: null }, [202], call);
  }

  /** Add or change metadata items (POST /servers/{id}/metadata); resolves with the server's whole metadata. */
  async setMetadata(server: Ref, metadata: Record<string, string>, call: CallOptions = {}): Promise<Record<string, string>> {
    const res = await this.client.post(`${path(server, 'servers.setMetadata')}/metadata`, { json: { metadata }, ...callOptionsOf(call) });
    expectStatus(res, [200], 'POST');
    if (!isJsonRecord(res.body) || !isJsonRecord(res.body.metadata)) throw shape(res.url, 'no "metadata" object');
    return res.body.metadata as Record<string, string>;
  }

  /** Remove one metadata item (DELETE /servers/{id}/metadata/{key}); a missing key is Nova's 404. */
  async deleteMetadata(server: Ref, key: string, call: CallOptions = {}): Promise<void> {
    if (!key) throw new InvalidArgument('key', 'deleteMetadata needs a metadata key');
    const res = await this.client.delete(`${path(server, 'servers.deleteMetadata')}/metadata/${seg(key)}`, callOptionsOf(call));
    expectStatus(res, [204], 'DELETE');
  }

  /** Resize to another flavor; the server goes to VERIFY_RESIZE, then confirmResize or revertResize. */
  async resize(server: Ref, flavorRef: string, call: CallOptions = {}): Promise<void> {
    if (!flavorRef) throw new InvalidArgument('flavorRef', 'resize needs a flavorRef (a flavor id)');
    await this.#action(server, { resize: { flavorRef } }, [202], call);
  }

  async confirmResize(server: Ref, call: CallOptions = {}): Promise<void> {
    await this.#action(server, { confirmResize: null }, [204], call);
  }

  async revertResize(server: Ref, call: CallOptions = {}): Promise<void> {
    await this.#action(server, { revertResize: null }, [202], call);
  }

  async rebuild(server: Ref, imageRef: string, options: RebuildOptions = {}, call: CallOptions = {}): Promise<Server> {
    if (!imageRef) throw new InvalidArgument('imageRef', 'rebuild needs an imageRef (an image id)');
    const rebuild: Record<string, unknown> = { imageRef };
    if (options.name !== undefined) rebuild.name = options.name;
    if (options.adminPass !== undefined) rebuild.adminPass = options.adminPass;
    if (options.metadata !== undefined) rebuild.metadata = options.metadata;
    if (options.description !== undefined) rebuild.description = options.description;
    if (options.keyName !== undefined) rebuild.key_name = options.keyName;
    if (options.preserveEphemeral !== undefined) rebuild.preserve_ephemeral = options.preserveEphemeral;
    const res = await this.#action(server, { rebuild }, [202], call);
    if (!isJsonRecord(res.body) || !isJsonRecord(res.body.server)) throw shape(res.url, 'no "server" object in the rebuild answer');
    return this.wrap(res.body.server, true);
  }

  /** Snapshot a server; resolves with the image id (from the body from 2.45, from the Location header before). */
  async createImage(server: Ref, name: string, metadata?: Record<string, string>, call: CallOptions = {}): Promise<string> {
    if (!name) throw new InvalidArgument('name', 'createImage needs a name for the image');
    const microversion = await this.#compute.resolveMicroversion();
    const res = await this.#action(server, { createImage: { name, ...(metadata ? { metadata } : {}) } }, [202], call);
    if (atLeast(microversion, '2.45') && isJsonRecord(res.body) && typeof res.body.image_id === 'string') return res.body.image_id;
    const location = res.headers.location;
    const href = Array.isArray(location) ? location[0] : location;
    const imageId = href ? new URL(href, res.url).pathname.split('/').filter(Boolean).pop() : undefined;
    if (imageId) return imageId;
    if (isJsonRecord(res.body) && typeof res.body.image_id === 'string') return res.body.image_id;
    throw shape(res.url, 'createImage answered neither an image_id nor a Location header');
  }

  /** The server's console log, the last `length` lines when given. */
  async getConsoleOutput(server: Ref, length?: number, call: CallOptions = {}): Promise<string> {
    if (length !== undefined && (!Number.isInteger(length) || length < 0)) {
      throw new InvalidArgument('length', `Console output length must be a whole number of lines, got ${length}`);
    }
    const res = await this.#action(server, { 'os-getConsoleOutput': length === undefined ? {} : { length } }, [200], call);
    if (!isJsonRecord(res.body) || typeof res.body.output !== 'string') throw shape(res.url, 'no "output" string');
    return res.body.output;
  }

  /**
   * Poll a server until it reaches `status` (ACTIVE by default); ERROR ends the wait with its fault message.
   * @example await compute.servers.waitFor(id, { status: 'ACTIVE', timeout: 300_000, onProgress: ({ status }) => log(status) })
   */
  async waitFor(server: Ref, options: WaitOptions<Server> = {}): Promise<Server> {
    const id = idOf(server, 'servers.waitFor');
    return waitFor((signal) => this.get(id, signal ? { signal } : {}), { description: `server ${id}`, ...options, status: options.status ?? 'ACTIVE' });
  }

  /** find() lists with the name filter (Nova's is a regex search), then matches exactly. */
  protected override findCandidates(criteria: FindCriteria): AsyncIterable<Server> {
    const filters = typeof criteria.name === 'string' ? { name: `^${escapeRegex(criteria.name)}$` } : {};
    return this.iterate({ filters });
  }

  async #action(server: Ref, body: Record<string, unknown>, okCodes: readonly number[], call: CallOptions) {
    const res = await this.client.post(`${path(server, `servers.${Object.keys(body)[0]}`)}/action`, { json: body, ...callOptionsOf(call) });
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
