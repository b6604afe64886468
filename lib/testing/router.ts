import type { IncomingHttpHeaders } from 'node:http';

/** One parsed request, as a fake service handler sees it. */
export interface FakeRequest {
  method: string;
  /** Path without the query string, e.g. `/compute/v2.1/servers/abc`. */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** Parsed JSON body, or undefined when there was none. */
  body: unknown;
  rawBody: Buffer;
  /** Values of `:name` segments of the route pattern. */
  params: Record<string, string>;
  /** The base URL of the fake cloud (scheme://host:port), for links. */
  baseUrl: string;
}

/** What a fake route answers. */
export interface FakeResponse {
  status: number;
  headers?: Record<string, string>;
  /** An object is sent as JSON; a string or Buffer as is. */
  body?: unknown;
}

/** Answers one request to a fake service. */
export type FakeHandler = (req: FakeRequest) => FakeResponse | Promise<FakeResponse>;

/** One route of a fake service: method, path pattern, handler. */
export interface FakeRoute {
  method: string;
  /** `/compute/v2.1/servers/:id` — segments starting with ':' match one path segment. */
  pattern: string;
  handler: FakeHandler;
}

interface CompiledRoute extends FakeRoute {
  segments: string[];
}

/** Method + path routing with `:param` segments. First registered match wins. */
export class FakeRouter {
  #routes: CompiledRoute[] = [];

  add(method: string, pattern: string, handler: FakeHandler): this {
    this.#routes.push({ method: method.toUpperCase(), pattern, handler, segments: split(pattern) });
    return this;
  }

  addAll(routes: FakeRoute[]): this {
    for (const r of routes) this.add(r.method, r.pattern, r.handler);
    return this;
  }

  /** The route and params for a request, `methodNotAllowed` when the path exists under another method. */
  match(method: string, path: string): { route: FakeRoute; params: Record<string, string> } | 'methodNotAllowed' | undefined {
    const parts = split(path);
    let pathMatched = false;
    for (const route of this.#routes) {
      const params = matchSegments(route.segments, parts);
      if (!params) continue;
      if (route.method === method.toUpperCase() || (route.method === 'GET' && method.toUpperCase() === 'HEAD')) {
        return { route, params };
      }
      pathMatched = true;
    }
    return pathMatched ? 'methodNotAllowed' : undefined;
  }
}

function split(path: string): string[] {
  return path.split('/').filter((s) => s.length > 0);
}

function matchSegments(pattern: string[], parts: string[]): Record<string, string> | undefined {
  if (pattern.length !== parts.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    const p = pattern[i]!;
    const v = parts[i]!;
    if (p.startsWith(':')) params[p.slice(1)] = decodeURIComponent(v);
    else if (p !== v) return undefined;
  }
  return params;
}
