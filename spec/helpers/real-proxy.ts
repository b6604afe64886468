import { readFileSync } from 'node:fs';

/**
 * The real forward proxy that scripts/test-all.sh starts (tinyproxy with basic auth, scripts/real-proxy/): its URL with
 * credentials and its access log. Undefined outside that script; specs then skip, saying why.
 */
export interface RealProxy {
  /** http://user:password@127.0.0.1:port */
  url: string;
  user: string;
  password: string;
  hostPort: string;
  log: string;
}

export function realProxy(): RealProxy | undefined {
  const url = process.env.STACKCLIENT_REAL_PROXY_URL;
  const log = process.env.STACKCLIENT_REAL_PROXY_LOG;
  if (!url || !log) return undefined;
  const parsed = new URL(url);
  return { url, user: decodeURIComponent(parsed.username), password: decodeURIComponent(parsed.password), hostPort: parsed.host, log };
}

export const NO_REAL_PROXY = 'no real proxy: run through `npm test` (scripts/test-all.sh starts tinyproxy), '
  + 'or export STACKCLIENT_REAL_PROXY_URL and STACKCLIENT_REAL_PROXY_LOG from scripts/real-proxy/start.sh';

/** The access-log lines written since `offset` (bytes), and the new offset. */
export function proxyLogSince(proxy: RealProxy, offset: number): { lines: string[]; offset: number } {
  const text = readFileSync(proxy.log);
  return { lines: text.subarray(offset).toString('utf8').split('\n').filter(Boolean), offset: text.length };
}

/** The proxy's access log size now, to read only what a test adds. */
export function proxyLogOffset(proxy: RealProxy): number {
  return readFileSync(proxy.log).length;
}
