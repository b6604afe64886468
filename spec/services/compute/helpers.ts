import { HTTPClient } from '../../../lib/session/http-client.js';
import { ComputeV2Client, type ComputeV2ClientOptions } from '../../../lib/services/compute/index.js';
import { startFakeCloud, type FakeCloud } from '../../../lib/testing/index.js';
import { createFakeNova, type FakeNova, type FakeNovaOptions } from '../../../lib/testing/nova/index.js';
import { V3Password } from '../../../plugins/keystone/index.js';
export { rejection } from '../../helpers/rejection.js';

export interface NovaSession {
  cloud: FakeCloud;
  nova: FakeNova;
  http: HTTPClient;
  compute: ComputeV2Client;
  /** Move the fake clock past one build or action. */
  finish(): void;
  close(): Promise<void>;
}

/** A fake cloud with a fake Nova, a V3Password session on it (demo user) and a ComputeV2Client. */
export async function novaSession(options: FakeNovaOptions = {}, client: ComputeV2ClientOptions = {}): Promise<NovaSession> {
  const buildMs = options.buildMs ?? 60_000;
  const nova = createFakeNova({ ...options, buildMs });
  const cloud = await startFakeCloud({ services: [nova] });
  const http = new HTTPClient({
    authPlugin: new V3Password(cloud.passwordAuth()),
    retry: false,
  });
  const compute = new ComputeV2Client(http, client);
  return {
    cloud, nova, http, compute,
    finish: () => cloud.advanceClock(Math.max(buildMs, options.actionMs ?? 0) + 1),
    close: async () => {
      http.close();
      await cloud.close();
    },
  };
}
