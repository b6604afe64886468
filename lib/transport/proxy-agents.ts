import type http from 'node:http';
import type https from 'node:https';
import type { Duplex } from 'node:stream';
import { HttpProxyAgent, HttpsProxyAgent } from 'hpagent';
import { getProxyForUrl } from 'proxy-from-env';
import { InvalidArgument } from '../errors/framework-errors.js';
import { shownProxy } from '../log/proxy-url.js';
import { agentOptions, createKeepAliveAgents, withReuseProbe, type AgentClass, type PoolOptions } from './keep-alive-agents.js';

/** A pair of agents, one per scheme of the target URL. */
export interface Agents {
  http?: http.Agent;
  https?: https.Agent;
}

/**
 * A forward proxy: its URL (credentials allowed, `http://user:pass@host:port`), or false for none. Unset: the
 * environment decides, with curl's rules as proxy-from-env reads them (HTTPS_PROXY / HTTP_PROXY / ALL_PROXY and
 * NO_PROXY, upper- or lower-case), looked up for each request's URL.
 */
export type ProxySetting = string | false | undefined;

/** A CONNECT the proxy refused (hpagent says only `Bad response: 407`) or did not answer; the transport maps it. */
export class ProxyTunnelFailed extends Error {
  override name = 'ProxyTunnelFailed';
  readonly code: 'ERR_PROXY_TUNNEL' | 'ERR_PROXY_TIMEOUT';
  /** The proxy's URL, credentials redacted. */
  readonly proxy: string;
  readonly status?: number;

  constructor(proxy: string, source: Error) {
    const status = /^Bad response: (\d{3})$/.exec(source.message)?.[1];
    super(status ? `the proxy answered CONNECT with HTTP ${status}` : 'the proxy did not answer CONNECT in time');
    this.code = status ? 'ERR_PROXY_TUNNEL' : 'ERR_PROXY_TIMEOUT';
    this.proxy = shownProxy(proxy);
    if (status) this.status = Number(status);
  }
}

type Callback = (error: Error | null, socket: Duplex | null) => void;
type Connect = (options: object, callback: Callback) => Duplex | undefined;

/**
 * hpagent's agents with a timeout on the CONNECT (hpagent takes the agent's socket timeout for it; the reuse probe
 * clears that one) and its tunnel failures as ProxyTunnelFailed. Other errors (a refused connection) pass as they are.
 */
function tunnelling<T extends http.Agent>(Base: AgentClass<T>, proxy: string, connectTimeout: number): AgentClass<T> {
  // @ts-expect-error a mixin over a class type parameter (see withReuseProbe)
  return class extends Base {
    override createConnection(options: object, callback: Callback): Duplex | undefined {
      const wrapped: Callback = (error, socket) => {
        const isTunnel = error && (/^Bad response: \d{3}$/.test(error.message) || error.message === 'Proxy timeout');
        callback(isTunnel ? new ProxyTunnelFailed(proxy, error) : error, socket);
      };
      return (super.createConnection as unknown as Connect)({ ...options, timeout: connectTimeout }, wrapped);
    }
  };
}

/**
 * Which agents carry a request: the user's own (`agent` option), the direct keep-alive pool, or a keep-alive pool
 * per proxy (hpagent tunnels with CONNECT and keeps the tunnels alive; a tunnel is pooled per target host).
 */
export class AgentRouter {
  readonly #direct: Required<Agents>;
  readonly #own: Agents | undefined;
  readonly #proxy: ProxySetting;
  readonly #pool: PoolOptions;
  readonly #byProxy = new Map<string, Required<Agents>>();
  readonly #connectTimeout: number;

  /** `connectTimeout`: ms for a proxy to open a tunnel. */
  constructor(options: { proxy?: ProxySetting; agent?: Agents; connectTimeout: number } & PoolOptions) {
    this.#connectTimeout = options.connectTimeout;
    this.#pool = { ...(options.maxSockets === undefined ? {} : { maxSockets: options.maxSockets }),
      ...(options.freeSocketTimeout === undefined ? {} : { freeSocketTimeout: options.freeSocketTimeout }) };
    this.#direct = createKeepAliveAgents(this.#pool);
    this.#own = checkAgents(options.agent);
    this.#proxy = checkProxy(options.proxy);
  }

  /** The proxy URL (with its credentials) a request to `url` goes through, or undefined. */
  proxyFor(url: string): string | undefined {
    if (this.#own) return undefined;
    if (this.#proxy === false) return undefined;
    if (typeof this.#proxy === 'string') return this.#proxy;
    const fromEnv = getProxyForUrl(url);
    if (!fromEnv) return undefined;
    checkProxy(fromEnv, 'HTTPS_PROXY / HTTP_PROXY');
    return fromEnv;
  }

  /** The agents for a request to `url`; with agents of the user's own, a scheme they give none for goes direct on our pool. */
  agentsFor(url: string): Agents {
    if (this.#own) return { ...this.#direct, ...this.#own };
    const proxy = this.proxyFor(url);
    if (proxy === undefined) return this.#direct;
    let agents = this.#byProxy.get(proxy);
    if (!agents) {
      const options = { ...agentOptions(this.#pool), proxy };
      const Http = withReuseProbe(tunnelling(HttpProxyAgent, proxy, this.#connectTimeout));
      const Https = withReuseProbe(tunnelling(HttpsProxyAgent, proxy, this.#connectTimeout));
      agents = { http: new Http(options), https: new Https(options) as https.Agent };
      this.#byProxy.set(proxy, agents);
    }
    return agents;
  }

  /** Close the idle sockets of our own pools (never the user's agents). */
  close(): void {
    for (const agents of [this.#direct, ...this.#byProxy.values()]) {
      agents.http.destroy();
      agents.https.destroy();
    }
  }
}

function checkProxy(value: unknown, option = 'proxy'): ProxySetting {
  if (value === undefined || value === false) return value;
  if (typeof value !== 'string') throw new InvalidArgument(option, `${option} must be a proxy URL or false, not ${typeof value}`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidArgument(option, `${option} is not a URL; use http://[user:password@]host:port`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new InvalidArgument(option, `${option} uses the scheme ${JSON.stringify(url.protocol)}; use http://[user:password@]host:port (or https://)`);
  }
  return value;
}

function checkAgents(value: unknown): Agents | undefined {
  if (value === undefined) return undefined;
  const isAgent = (a: unknown) => a === undefined || (typeof a === 'object' && a !== null && typeof (a as { addRequest?: unknown }).addRequest === 'function');
  const pair = value as Agents;
  if (typeof value !== 'object' || value === null || !isAgent(pair.http) || !isAgent(pair.https) || (!pair.http && !pair.https)) {
    throw new InvalidArgument('agent', 'agent must be { http?: http.Agent, https?: https.Agent } with at least one agent');
  }
  return pair;
}
