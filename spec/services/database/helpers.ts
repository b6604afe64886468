import { HTTPClient } from '../../../lib/session/http-client.js';
import { DatabaseV1Client, type Instance } from '../../../lib/services/database/index.js';
import { startFakeCloud, type FakeCloud } from '../../../lib/testing/index.js';
import { createFakeTrove, type FakeTrove, type FakeTroveOptions } from '../../../lib/testing/trove/index.js';
import { V3Password } from '../../../plugins/keystone/index.js';

export interface TroveSession {
  cloud: FakeCloud;
  trove: FakeTrove;
  http: HTTPClient;
  db: DatabaseV1Client;
  buildMs: number;
  /** Create an instance and move the fake clock past its build, so it is ACTIVE. */
  activeInstance(name: string, extra?: Partial<Parameters<DatabaseV1Client['instances']['create']>[0]>): Promise<Instance>;
  /** Move the fake clock past one build or action. */
  finish(): void;
  close(): Promise<void>;
}

/** A fake cloud with a fake Trove, a V3Password session on it (demo user) and a DatabaseV1Client. */
export async function troveSession(options: FakeTroveOptions = {}): Promise<TroveSession> {
  const buildMs = options.buildMs ?? 60_000;
  const trove = createFakeTrove({ ...options, buildMs });
  const cloud = await startFakeCloud({ services: [trove] });
  const http = new HTTPClient({
    authPlugin: new V3Password(cloud.passwordAuth()),
    retry: false,
  });
  const db = new DatabaseV1Client(http);
  const finish = () => cloud.advanceClock(Math.max(buildMs, options.actionMs ?? 0) + 1);
  return {
    cloud, trove, http, db, buildMs, finish,
    async activeInstance(name, extra = {}) {
      const inst = await db.instances.create({ name, flavor: '2', volume: { size: 2 }, ...extra });
      finish();
      return db.instances.get(inst.id);
    },
    close: async () => {
      http.close();
      await cloud.close();
    },
  };
}
