import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  BaseClient, ComputeV2Client, DatabaseV1Client, HTTPClient, IdentityV2Client, IdentityV3Client, StaticToken, createClient,
} from '../../../index.js';

// `npx tsc --noEmit -p .` checks the expectTypeOf lines; vitest checks the same clients at run time.
describe('createClient is typed by service type and version', () => {
  const session = () => new HTTPClient({ authPlugin: new StaticToken({ token: 't', endpoint: 'http://127.0.0.1:9/' }) });

  it('returns the compute, database and identity clients their version selects', () => {
    const http = session();
    const compute = createClient('compute', '2.1', http);
    expectTypeOf(compute).toEqualTypeOf<ComputeV2Client>();
    expect(compute).toBeInstanceOf(ComputeV2Client);
    expect(http.compute).toBe(compute);

    const database = createClient('database', '1.0', http);
    expectTypeOf(database).toEqualTypeOf<DatabaseV1Client>();
    expect(database).toBeInstanceOf(DatabaseV1Client);

    const v3 = createClient('identity', '3', http);
    expectTypeOf(v3).toEqualTypeOf<IdentityV3Client>();
    expect(v3).toBeInstanceOf(IdentityV3Client);
    const v2 = createClient('identity', 'v2.0', session());
    expectTypeOf(v2).toEqualTypeOf<IdentityV2Client>();
    expect(v2).toBeInstanceOf(IdentityV2Client);
  });

  it('falls back to the union of a service\'s clients for a version it cannot name, and to BaseClient for an unknown API', () => {
    const version: string = '3';
    const identity = createClient('identity', version, session());
    expectTypeOf(identity).toEqualTypeOf<IdentityV3Client | IdentityV2Client>();
    expect(identity).toBeInstanceOf(IdentityV3Client);

    const apiName: string = 'compute';
    const generic = createClient(apiName, 2, session());
    expectTypeOf(generic).toEqualTypeOf<BaseClient>();
    expect(generic).toBeInstanceOf(ComputeV2Client);
  });
});
