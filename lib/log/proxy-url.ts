/**
 * A proxy URL as logs, errors and the curl line show it: the user kept, the password as `***` (paste it back to
 * replay with curl -x), anything unparsable as `<proxy URL not shown>`.
 * @example
 * shownProxy('http://alice:s3cret@proxy:3128'); // 'http://alice:***@proxy:3128'
 */
export function shownProxy(proxy: string): string {
  try {
    const url = new URL(proxy);
    if (url.password) url.password = '***';
    // The proxy URL is an authority; WHATWG adds a '/' path that curl would not care about, and that reads as a path.
    return url.pathname === '/' && !proxy.endsWith('/') ? url.href.slice(0, -1) : url.href;
  } catch {
    return '<proxy URL not shown>';
  }
}
