import { closeSync, openSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe } from 'vitest';
import type { AuthPlugin } from '../../../lib/auth-plugin.js';
import { BaseClient } from '../../../lib/base-client.js';
import { HTTPClient, type HTTPClientOptions } from '../../../lib/session/http-client.js';
import { V3Password, type V3PasswordOptions } from '../../../plugins/keystone/index.js';

/**
 * The real Keystone that scripts/real-keystone/start.sh started, from the variables it exports.
 * `npm test` starts one; by hand: eval "$(scripts/real-keystone/start.sh /tmp/ks)".
 */
export interface RealKeystone {
  /** `http://127.0.0.1:PORT/v3` */
  authUrl: string;
  /** `http://127.0.0.1:PORT` (version discovery answers 300 there). */
  rootUrl: string;
  port: number;
  /** `[token] expiration`, seconds. */
  expiration: number;
  regionName: string;
  /** admin: admin on project admin, on the Default domain and on the system. */
  admin: { username: string; password: string; userDomainName: string; projectName: string; projectDomainName: string };
  /** The admin's ids, when start.sh exported them. */
  adminIds?: { userId: string; projectId: string };
  /** demo: member of project demo, its default project. */
  demo: { username: string; password: string; userId: string; projectId: string; projectName: string };
  /** demo's application credential (it must be used without a scope). */
  appCred: { id: string; name?: string; secret: string };
}

let cached: RealKeystone | null | undefined;

/** The real Keystone's coordinates, or undefined when none was started (or the variables point off this machine). */
export function realKeystone(): RealKeystone | undefined {
  if (cached !== undefined) return cached ?? undefined;
  const e = process.env;
  const need = ['OS_AUTH_URL', 'OS_PASSWORD', 'KEYSTONE_PORT', 'KEYSTONE_DEMO_PASSWORD', 'KEYSTONE_DEMO_USER_ID',
    'KEYSTONE_DEMO_PROJECT_ID', 'KEYSTONE_APP_CRED_ID', 'KEYSTONE_APP_CRED_SECRET'];
  let url: URL | undefined;
  try { url = new URL(e['OS_AUTH_URL'] ?? ''); } catch { url = undefined; }
  // Only a Keystone on loopback: these tests revoke tokens and change data, never on a real cloud.
  if (need.some((k) => !e[k]) || !url || !['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) {
    cached = null;
    return undefined;
  }
  const authUrl = e['OS_AUTH_URL']!.replace(/\/+$/, '');
  cached = {
    authUrl,
    rootUrl: authUrl.replace(/\/v3$/, ''),
    port: Number(e['KEYSTONE_PORT']),
    expiration: Number(e['KEYSTONE_TOKEN_EXPIRATION'] ?? 60),
    regionName: e['OS_REGION_NAME'] ?? 'RegionOne',
    admin: {
      username: e['OS_USERNAME'] ?? 'admin', password: e['OS_PASSWORD']!, userDomainName: e['OS_USER_DOMAIN_NAME'] ?? 'Default',
      projectName: e['OS_PROJECT_NAME'] ?? 'admin', projectDomainName: e['OS_PROJECT_DOMAIN_NAME'] ?? 'Default',
    },
    ...(e['KEYSTONE_ADMIN_USER_ID'] && e['KEYSTONE_ADMIN_PROJECT_ID']
      ? { adminIds: { userId: e['KEYSTONE_ADMIN_USER_ID'], projectId: e['KEYSTONE_ADMIN_PROJECT_ID'] } } : {}),
    demo: {
      username: e['KEYSTONE_DEMO_USERNAME'] ?? 'demo', password: e['KEYSTONE_DEMO_PASSWORD']!, userId: e['KEYSTONE_DEMO_USER_ID']!,
      projectId: e['KEYSTONE_DEMO_PROJECT_ID']!, projectName: e['KEYSTONE_DEMO_PROJECT_NAME'] ?? 'demo',
    },
    appCred: {
      id: e['KEYSTONE_APP_CRED_ID']!, secret: e['KEYSTONE_APP_CRED_SECRET']!,
      ...(e['KEYSTONE_APP_CRED_NAME'] ? { name: e['KEYSTONE_APP_CRED_NAME'] } : {}),
    },
  };
  return cached;
}

const SKIP_LINE = 'real Keystone tests skipped: run `npm test` (starts one) or eval "$(scripts/real-keystone/start.sh)" first';

/** Prints the skip line once per test run (vitest runs each file in its own worker, so a marker file keys the run). */
function announceSkip(): void {
  const prefix = 'stackclient-real-keystone-skipped-';
  try {
    closeSync(openSync(join(tmpdir(), `${prefix}${process.ppid}`), 'wx'));
  } catch {
    return;
  }
  console.warn(SKIP_LINE);
  // Markers of finished runs go, so they do not pile up in the temp dir.
  for (const name of readdirSync(tmpdir()).filter((n) => n.startsWith(prefix))) {
    const pid = Number(name.slice(prefix.length));
    if (pid === process.ppid) continue;
    try { process.kill(pid, 0); } catch { rmSync(join(tmpdir(), name), { force: true }); }
  }
}

/** `describe` when a real Keystone is there, else `describe.skip` (saying once how to run these tests). */
export const describeReal: typeof describe = realKeystone() ? describe : (announceSkip(), describe.skip) as typeof describe;

/** The admin's password plugin, by names, scoped to the admin project unless options say otherwise. */
export function adminPassword(options: Partial<V3PasswordOptions> = {}): V3Password {
  const k = realKeystone()!;
  return new V3Password({ authUrl: k.authUrl, ...k.admin, ...options });
}

/** The demo user's password plugin, by ids, scoped to the demo project unless options say otherwise. */
export function demoPassword(options: Partial<V3PasswordOptions> = {}): V3Password {
  const k = realKeystone()!;
  return new V3Password({ authUrl: k.authUrl, userId: k.demo.userId, password: k.demo.password, projectId: k.demo.projectId, ...options });
}

/** Keystone's own API as a plain client of the session (`http.keystone`), for the tests' raw calls. */
export class KeystoneApi extends BaseClient {
  static override readonly serviceType = 'identity';
  static override readonly attributeName = 'keystone';
}

/** A session on the real Keystone, with timings on (they count the authentications) and quick retries. */
export function realSession(plugin: AuthPlugin, options: Partial<HTTPClientOptions> = {}) {
  const http = new HTTPClient({
    authPlugin: plugin, regionName: realKeystone()?.regionName ?? 'RegionOne', timings: true,
    retry: { retries: 2, minTimeout: 20, maxTimeout: 200 }, ...options,
  });
  const keystone = new KeystoneApi(http);
  /** Token requests this session sent (`POST …/auth/tokens`). */
  const authCount = () => http.getTimings().filter((t) => t.method === 'POST' && /\/auth\/tokens$/.test(t.url)).length;
  return { http, keystone, authCount };
}
