import type { FakeRoute } from '../router.js';
import type { FakeServiceContext, FakeServiceModule } from '../service-module.js';
import { ConfigError } from '../../errors/framework-errors.js';
import { versionAtLeast, parseVersion } from './microversion.js';
import { PREFIX, type NovaEnv, type NovaSettings } from './route-kit.js';
import { flavorAccessRoutes } from './routes-flavor-access.js';
import { flavorExtraSpecRoutes } from './routes-flavor-extra-specs.js';
import { flavorRoutes } from './routes-flavors.js';
import { keypairRoutes } from './routes-keypairs.js';
import { miscRoutes } from './routes-misc.js';
import { serverActionRoutes } from './routes-server-actions.js';
import { serverMetadataRoutes } from './routes-server-metadata.js';
import { serverTagRoutes } from './routes-server-tags.js';
import { newServer, serverRoutes } from './routes-servers.js';
import { versionRoutes } from './routes-versions.js';
import { NovaStore } from './state.js';

/** Options of {@link createFakeNova}: how long builds and actions take on the fake clock. */
export interface FakeNovaOptions {
  /** How long a new server stays in BUILD (ms on the fake cloud's clock). @default 1500 */
  buildMs?: number;
  /** How long reboot, stop, start, resize, revert and rebuild take. @default buildMs */
  actionMs?: number;
  /** Nova's `[api] max_limit`: the page size, and the cap on `limit`. @default 1000 */
  pageSize?: number;
  /** Servers whose name matches go to ERROR with "No valid host was found" at the end of BUILD. */
  failBuildForNamesMatching?: RegExp | string;
  /** The highest microversion served. @default '2.96' */
  maxVersion?: string;
  /** Origin advertised in links (a proxy in front of Nova); by default the fake cloud's own. */
  linkBaseUrl?: string;
}

/** A fake Nova (Compute v2.1) for the fake cloud, plus knobs for tests. */
export interface FakeNova extends FakeServiceModule {
  /** Add `count` ACTIVE servers named `seed-00001`…; returns their ids in listing order. */
  seedServers(count: number, options?: { namePrefix?: string }): string[];
  /** Number of servers held. */
  serverCount(): number;
}

/**
 * The Nova subset of the fake cloud: servers (BUILD → ACTIVE over time, actions, faults), flavors,
 * keypairs, availability zones, limits and server groups, with microversion headers (400/406 as
 * Nova) and `servers_links` pagination. Bodies follow nova's doc/api_samples; faults are
 * `{"itemNotFound": {"code", "message"}}`, `{"conflictingRequest": …}` and kin.
 *
 * @example
 * const nova = createFakeNova({ buildMs: 200, failBuildForNamesMatching: /^doomed/ });
 * const cloud = await startFakeCloud({ services: [nova] });
 */
export function createFakeNova(options: FakeNovaOptions = {}): FakeNova {
  const store = new NovaStore();
  const buildMs = options.buildMs ?? 1500;
  const maxVersion = options.maxVersion ?? '2.96';
  if (!parseVersion(maxVersion) || !versionAtLeast(maxVersion, '2.1')) throw new ConfigError(`maxVersion must be 2.1 or later, got ${maxVersion}`);
  const fail = options.failBuildForNamesMatching;
  const settings: NovaSettings = {
    buildMs,
    actionMs: options.actionMs ?? buildMs,
    pageSize: options.pageSize ?? 1000,
    maxVersion,
    ...(options.linkBaseUrl !== undefined ? { linkBaseUrl: options.linkBaseUrl.replace(/\/+$/, '') } : {}),
    ...(fail !== undefined ? { failBuildFor: typeof fail === 'string' ? new RegExp(fail) : fail } : {}),
  };
  let clock: () => number = () => Date.now();
  return {
    type: 'compute',
    name: 'nova',
    urlPath: PREFIX,
    routes(ctx: FakeServiceContext): FakeRoute[] {
      clock = () => ctx.now();
      const env: NovaEnv = { store, ctx, settings };
      return [
        ...versionRoutes(env),
        ...serverRoutes(env),
        ...serverActionRoutes(env),
        ...serverMetadataRoutes(env),
        ...serverTagRoutes(env),
        ...flavorRoutes(env),
        ...flavorAccessRoutes(env),
        ...flavorExtraSpecRoutes(env),
        ...keypairRoutes(env),
        ...miscRoutes(env),
      ];
    },
    seedServers(count: number, seedOptions: { namePrefix?: string } = {}): string[] {
      if (!Number.isInteger(count) || count < 0 || count > 100_000) throw new ConfigError(`seedServers(count) needs 0..100000, got ${count}`);
      const prefix = seedOptions.namePrefix ?? 'seed';
      const now = clock();
      const ids: string[] = [];
      for (let i = 1; i <= count; i++) ids.push(newServer(store, now, { name: `${prefix}-${String(i).padStart(5, '0')}` }).id);
      return ids;
    },
    serverCount: () => store.servers.size,
  };
}
