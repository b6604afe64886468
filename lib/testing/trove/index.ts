import type { FakeRoute } from '../router.js';
import type { FakeServiceContext, FakeServiceModule } from '../service-module.js';
import type { TroveEnv } from './route-kit.js';
import { backupRoutes } from './routes-backups.js';
import { catalogRoutes } from './routes-catalog.js';
import { configurationRoutes } from './routes-configurations.js';
import { databaseRoutes } from './routes-databases.js';
import { instanceActionRoutes } from './routes-instance-actions.js';
import { instanceRoutes } from './routes-instances.js';
import { mgmtRoutes } from './routes-mgmt.js';
import { versionFlavorRoutes } from './routes-version-flavors.js';
import { userRoutes } from './routes-users.js';
import { TroveStore } from './state.js';

/** Options of {@link createFakeTrove}: how long builds and actions take on the fake clock. */
export interface FakeTroveOptions {
  /** How long a new instance stays in BUILD before it is ACTIVE (ms on the fake cloud's clock). @default 1500 */
  buildMs?: number;
  /** How long restart (REBOOT), resize (RESIZE), delete (SHUTDOWN) and a backup take. @default buildMs */
  actionMs?: number;
  /** Trove's page size (`instances_page_size`): `limit` is capped at it. @default 20 */
  pageSize?: number;
  /**
   * Origin advertised in `links` rel=next. By default it is what Trove does: the request's host
   * with the scheme forced to https (trove/common/pagination.py), which a client must not follow as is.
   */
  linkBaseUrl?: string;
  /** @default 'RegionOne' */
  region?: string;
}

/** A fake Trove (Database service v1.0) for the fake cloud, plus knobs for tests. */
export interface FakeTrove extends FakeServiceModule {
  /**
   * Make an instance (by id or name) end in ERROR with this fault message: at the end of its
   * current transition (BUILD, REBOOT, RESIZE), or at once when nothing is in progress.
   * Returns false when no such instance exists.
   */
  failInstance(idOrName: string, message: string): boolean;
}

/**
 * The Trove subset of the fake cloud: instances (BUILD → ACTIVE, restart, resize), databases,
 * users and their access, flavors, datastores and versions, backups, configuration groups.
 * Bodies follow Trove's api-ref samples; faults are `{"itemNotFound": {"code", "message"}}` and kin.
 *
 * @example
 * const cloud = await startFakeCloud({ services: [createFakeTrove({ buildMs: 200 })] });
 */
export function createFakeTrove(options: FakeTroveOptions = {}): FakeTrove {
  const store = new TroveStore();
  const buildMs = options.buildMs ?? 1500;
  return {
    type: 'database',
    name: 'trove',
    urlPath: '/database/v1.0/$(project_id)s',
    routes(ctx: FakeServiceContext): FakeRoute[] {
      const env: TroveEnv = {
        store,
        ctx,
        buildMs,
        actionMs: options.actionMs ?? buildMs,
        page: {
          pageSize: options.pageSize ?? 20,
          ...(options.linkBaseUrl !== undefined ? { linkBaseUrl: options.linkBaseUrl.replace(/\/+$/, '') } : {}),
        },
        region: options.region ?? 'RegionOne',
      };
      return [
        ...instanceRoutes(env),
        ...instanceActionRoutes(env),
        ...databaseRoutes(env),
        ...userRoutes(env),
        ...backupRoutes(env),
        ...configurationRoutes(env),
        ...catalogRoutes(env),
        ...mgmtRoutes(env),
        ...versionFlavorRoutes(env),
      ];
    },
    failInstance(idOrName: string, message: string): boolean {
      for (const inst of store.instances.values()) {
        if (inst.id === idOrName || inst.name === idOrName) {
          inst.failWith = message;
          return true;
        }
      }
      return false;
    },
  };
}
