import { BaseClient, type BaseClientOptions, type PrepareState } from '../../../base-client.js';
import { UnsupportedVersion } from '../../../errors/framework-errors.js';
import { isHttpError } from '../../../errors/http-errors.js';
import { InvalidResponse } from '../../../errors/transport-errors.js';
import type { HTTPClient } from '../../../session/http-client.js';
import { redactUrl } from '../../../log/redact.js';
import type { HttpResponse, RequestOptions } from '../../../transport/request-options.js';
import type { CallOptions } from '../../common/types.js';
import { AvailabilityZonesManager } from './availability-zones.js';
import { FlavorsManager } from './flavors.js';
import { KeypairsManager } from './keypairs.js';
import { LimitsManager } from './limits.js';
import { QuotaSetsManager } from './quota-sets.js';
import { MIN_MICROVERSION, checkMicroversionOption, pickMicroversion, type MicroversionRange } from './microversion.js';
import { ServerGroupsManager } from './server-groups.js';
import { ServerTagsManager } from './server-tags.js';
import { ServersManager } from './servers.js';
import { rangeFromVersionDocument, versionRootOf } from './version-document.js';

/** Options of {@link ComputeV2Client}: the client options and the compute microversion. */
export interface ComputeV2ClientOptions extends BaseClientOptions {
  /**
   * The compute microversion to send ('2.1' … '2.96'), or 'latest': the highest both the server and
   * this client know, found from the version document before the first request.
   * @default '2.1'
   */
  microversion?: string;
}

/**
 * The compute (Nova) v2.1 client: managers for servers, flavors, keypairs, availability zones, limits,
 * server groups and quota sets, and the microversion headers on every request.
 * @example
 * const compute = new ComputeV2Client(http, { microversion: '2.79' });   // also http.compute
 * for await (const server of compute.servers.iterate()) console.log(server.name, server.status);
 */
export class ComputeV2Client extends BaseClient {
  static override readonly serviceType = 'compute';
  static override readonly attributeName = 'compute';

  readonly servers: ServersManager;
  readonly flavors: FlavorsManager;
  readonly keypairs: KeypairsManager;
  readonly availabilityZones: AvailabilityZonesManager;
  readonly limits: LimitsManager;
  readonly serverGroups: ServerGroupsManager;
  /** A server's tags (2.26+). */
  readonly serverTags: ServerTagsManager;
  readonly quotaSets: QuotaSetsManager;

  readonly #requested: string;
  /** The version sent; undefined while 'latest' is not resolved yet. */
  #microversion: string | undefined;
  #negotiation: Promise<string> | undefined;
  /** The options of the negotiation's own requests: prepare lets them pass, or they would wait for themselves. */
  readonly #negotiationRequests = new WeakSet<RequestOptions>();

  constructor(http: HTTPClient, options: ComputeV2ClientOptions = {}) {
    const requested = checkMicroversionOption(options.microversion ?? MIN_MICROVERSION);
    super(http, options);
    this.#requested = requested;
    this.#microversion = requested === 'latest' ? undefined : requested;
    this.servers = new ServersManager(this);
    this.flavors = new FlavorsManager(this);
    this.keypairs = new KeypairsManager(this);
    this.availabilityZones = new AvailabilityZonesManager(this);
    this.limits = new LimitsManager(this);
    this.serverGroups = new ServerGroupsManager(this);
    this.serverTags = new ServerTagsManager(this);
    this.quotaSets = new QuotaSetsManager(this);
  }

  /** The microversion in use: the resolved one, or 'latest' until the first request resolves it. */
  get microversion(): string {
    return this.#microversion ?? this.#requested;
  }

  override defaultHeaders(): Record<string, string> {
    const v = this.#microversion;
    if (v === undefined) return {};
    return { 'OpenStack-API-Version': `compute ${v}`, 'X-OpenStack-Nova-API-Version': v };
  }

  /** Before the first request under 'latest': negotiate the microversion (once, shared by the requests in flight). */
  override async prepare({ options }: PrepareState): Promise<void> {
    if (this.#microversion !== undefined || this.#negotiationRequests.has(options)) return;
    await this.negotiateMicroversion({
      ...(options.signal ? { signal: options.signal } : {}), ...(options.timeout !== undefined ? { timeout: options.timeout } : {}),
    });
  }

  /**
   * A request through the session. When Nova refuses the fixed microversion (406), the version document says why:
   * the refusal becomes UnsupportedVersion naming the range the server announces, with the 406 as its cause.
   */
  override async clientRequest<T = any>(method: string, url: string, options?: RequestOptions): Promise<HttpResponse<T>> {
    try {
      return await super.clientRequest<T>(method, url, options);
    } catch (err) {
      if (!(isHttpError(err) && err.status === 406) || this.#microversion === undefined) throw err;
      if (options && this.#negotiationRequests.has(options)) throw err;
      throw await this.#microversionRefusal(err, options);
    }
  }

  /** UnsupportedVersion when the announced range leaves out the microversion sent; else the server's own error. */
  async #microversionRefusal(refusal: Error, options: RequestOptions = {}): Promise<Error> {
    const sent = this.#microversion!;
    let range: MicroversionRange;
    try {
      range = await this.microversionRange({
        ...(options.signal ? { signal: options.signal } : {}), ...(options.timeout !== undefined ? { timeout: options.timeout } : {}),
      });
      pickMicroversion(sent, range);
    } catch (err) {
      if (err instanceof UnsupportedVersion) return new UnsupportedVersion(err.message, err.known, { cause: refusal });
    }
    return refusal;
  }

  /** The microversion requests will carry, resolving 'latest' first when needed. */
  async resolveMicroversion(): Promise<string> {
    return this.#microversion ?? this.negotiateMicroversion();
  }

  /**
   * Read the server's microversion range from its version document and settle the one to use:
   * the requested one when the server supports it, the highest common one for 'latest'.
   * @throws UnsupportedVersion naming the server's range when it cannot do the requested microversion
   */
  negotiateMicroversion(options: Pick<CallOptions, 'signal' | 'timeout'> = {}): Promise<string> {
    this.#negotiation ??= (async () => {
      const range = await this.microversionRange(options);
      const picked = pickMicroversion(this.#requested, range);
      this.#microversion = picked;
      return picked;
    })().finally(() => {
      this.#negotiation = undefined;
    });
    return this.#negotiation;
  }

  /** The microversion range the server announces: GET on the endpoint, else on its version root. */
  async microversionRange(options: Pick<CallOptions, 'signal' | 'timeout'> = {}): Promise<MicroversionRange> {
    // Nova refuses even its version document (406) under a microversion it lacks: ask for it in the minimum one.
    const headers = { 'OpenStack-API-Version': `compute ${MIN_MICROVERSION}`, 'X-OpenStack-Nova-API-Version': MIN_MICROVERSION };
    const opts = { headers, ...(options.signal ? { signal: options.signal } : {}), ...(options.timeout !== undefined ? { timeout: options.timeout } : {}) };
    this.#negotiationRequests.add(opts);
    let first: HttpResponse | undefined;
    try {
      first = await this.clientRequest('GET', '/', opts);
    } catch (err) {
      if (!(isHttpError(err) && err.status === 404)) throw err;
    }
    const endpoint = this.cachedEndpoint ?? first?.url ?? '';
    const fromEndpoint = first ? rangeFromVersionDocument(first.body, endpoint, redactUrl(first.url)) : undefined;
    if (fromEndpoint) return fromEndpoint;
    const root = endpoint ? versionRootOf(endpoint) : undefined;
    if (root) {
      const res = await this.clientRequest('GET', root, opts);
      const fromRoot = rangeFromVersionDocument(res.body, endpoint, redactUrl(res.url));
      if (fromRoot) return fromRoot;
    }
    const url = redactUrl(endpoint);
    throw new InvalidResponse(
      `No compute version document with a microversion range at ${url} or its root; set a fixed microversion instead of 'latest'`,
      { method: 'GET', url },
    );
  }
}
