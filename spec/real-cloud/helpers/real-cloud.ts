import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe } from 'vitest';
import { BaseClient } from '../../../lib/base-client.js';
import { HTTPClient } from '../../../lib/session/http-client.js';
import { ComputeV2Client } from '../../../lib/services/compute/index.js';
import { DatabaseV1Client } from '../../../lib/services/database/index.js';
import { V3Password } from '../../../plugins/keystone/index.js';
export { rejection } from '../../helpers/rejection.js';

/**
 * The real cloud scripts/real-cloud/start.sh started (Keystone, Glance, the Nova and Trove APIs), from what it exports.
 * `npm test` starts one and sets STACKCLIENT_REAL_CLOUD=1; by hand: eval "$(scripts/real-cloud/start.sh /tmp/cloud)".
 */
export interface RealCloud {
  authUrl: string;
  regionName: string;
  admin: { username: string; password: string; userDomainName: string; projectName: string; projectDomainName: string };
  /** The one image Glance holds (cirros-tiny, 1 KiB): Nova and Trove check image ids against it. */
  imageId: string;
  /** `http://127.0.0.1:PORT/v2.1`, as the catalog has it. */
  novaUrl: string;
  /** `http://127.0.0.1:PORT/v1.0/$(project_id)s`, as the catalog has it. */
  troveUrl: string;
  glanceUrl: string;
}

const LOOPBACK = ['127.0.0.1', 'localhost', '[::1]'];

function readCloud(): RealCloud | undefined {
  const e = process.env;
  if (e['STACKCLIENT_REAL_CLOUD'] !== '1') return undefined;
  const need = ['OS_AUTH_URL', 'OS_PASSWORD', 'GLANCE_URL', 'GLANCE_IMAGE_ID', 'NOVA_URL', 'TROVE_URL'];
  if (need.some((k) => !e[k])) return undefined;
  // Only a cloud on loopback: these specs create and delete things.
  const hosts = ['OS_AUTH_URL', 'GLANCE_URL', 'NOVA_URL'].map((k) => {
    try { return new URL(e[k]!).hostname; } catch { return ''; }
  });
  if (!hosts.every((h) => LOOPBACK.includes(h))) return undefined;
  return {
    authUrl: e['OS_AUTH_URL']!.replace(/\/+$/, ''),
    regionName: e['OS_REGION_NAME'] ?? 'RegionOne',
    admin: {
      username: e['OS_USERNAME'] ?? 'admin', password: e['OS_PASSWORD']!, userDomainName: e['OS_USER_DOMAIN_NAME'] ?? 'Default',
      projectName: e['OS_PROJECT_NAME'] ?? 'admin', projectDomainName: e['OS_PROJECT_DOMAIN_NAME'] ?? 'Default',
    },
    imageId: e['GLANCE_IMAGE_ID']!,
    novaUrl: e['NOVA_URL']!,
    troveUrl: e['TROVE_URL']!,
    glanceUrl: e['GLANCE_URL']!,
  };
}

const cloud = readCloud();

/** The real cloud's coordinates, or undefined when none was started. */
export function realCloud(): RealCloud | undefined {
  return cloud;
}

function announceSkip(): void {
  const prefix = 'stackclient-real-cloud-skipped-';
  try {
    closeSync(openSync(join(tmpdir(), `${prefix}${process.ppid}`), 'wx'));
  } catch {
    return;
  }
  console.warn('real Nova/Trove/Glance specs skipped: run `npm test` (starts the real cloud) or eval "$(scripts/real-cloud/start.sh DIR)" '
    + 'and set STACKCLIENT_REAL_CLOUD=1');
  for (const name of readdirSync(tmpdir()).filter((n) => n.startsWith(prefix))) {
    const pid = Number(name.slice(prefix.length));
    if (pid === process.ppid) continue;
    try { process.kill(pid, 0); } catch { rmSync(join(tmpdir(), name), { force: true }); }
  }
}

/** `describe` when the real cloud is there, else `describe.skip` (saying once how to run these specs). */
export const describeRealCloud: typeof describe = cloud ? describe : (announceSkip(), describe.skip) as typeof describe;

/** Glance through the session: a plain client of service type `image` (the library has no image client yet). */
export class ImageApi extends BaseClient {
  static override readonly serviceType = 'image';
  static override readonly attributeName = 'image';
}

/** A session as the admin (project admin) on the real cloud, with timings, and its compute, database and image clients. */
export function cloudSession(options: { microversion?: string } = {}) {
  const c = cloud!;
  const http = new HTTPClient({
    authPlugin: new V3Password({ authUrl: c.authUrl, ...c.admin }),
    regionName: c.regionName,
    timings: true,
    retry: { retries: 2, minTimeout: 20, maxTimeout: 200 },
  });
  const compute = new ComputeV2Client(http, { microversion: options.microversion ?? 'latest' });
  const database = new DatabaseV1Client(http);
  const image = new ImageApi(http);
  return { http, compute, database, image, close: () => http.close() };
}

/** A name no other run or helper on the shared machine uses: `real-cloud-<what>-<random>`. */
export function uniqueName(what: string): string {
  return `real-cloud-${what}-${randomBytes(4).toString('hex')}`;
}
