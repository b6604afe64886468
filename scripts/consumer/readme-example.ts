// The README's "Two service clients, one session" example as a consumer writes it, against the fake cloud of
// `stackclient/testing` instead of a real Keystone. scripts/consumer-check.sh type-checks it (strict, nodenext,
// skipLibCheck false) in a project that installed the packed tarball, then runs it.
import { HTTPClient, MemoryStore, V3Password, createClient, type ComputeV2Client, type Server } from 'stackclient';
import { createFakeNova, createFakeTrove, startFakeCloud } from 'stackclient/testing';

const cloud = await startFakeCloud({ services: [createFakeNova(), createFakeTrove()] });
try {
  const http = new HTTPClient({
    authPlugin: new V3Password(cloud.passwordAuth()),
    regionName: 'RegionOne',
    keyring: new MemoryStore(),
    timings: true,
  });

  const compute: ComputeV2Client = createClient('compute', '2.1', http);   // registers http.compute
  createClient('database', '1.0', http);                                  // registers http.database

  const servers: Server[] = await http.compute!.servers.list();           // one authentication for both clients
  const instances = await http.database!.instances.list();
  const flavors = await compute.flavors.list();
  if (!Array.isArray(servers) || !Array.isArray(instances) || flavors.length === 0) throw new Error('unexpected answers');
  if (cloud.authCount() !== 1) throw new Error(`expected one authentication, saw ${cloud.authCount()}`);
  console.log(`readme example: ${servers.length} servers, ${instances.length} instances, ${flavors.length} flavors, `
    + `${cloud.authCount()} authentication, ${http.getTimings().length} timed requests`);
} finally {
  await cloud.close();
}
