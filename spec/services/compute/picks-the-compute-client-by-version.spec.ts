import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BaseClient } from '../../../lib/base-client.js';
import { UnsupportedVersion } from '../../../lib/errors/index.js';
import { createClient, getVersionMap } from '../../../lib/services/common/index.js';
import { ComputeV2Client, computeVersionMap } from '../../../lib/services/compute/index.js';
import { novaSession, rejection, type NovaSession } from './helpers.js';

describe('compute: picking the client by version', () => {
  let s: NovaSession;
  beforeEach(async () => {
    s = await novaSession();
  });
  afterEach(() => s.close());

  it('maps 2, 2.0, v2, 2.1 and v2.1 to the v2.1 client', () => {
    for (const version of ['2', '2.0', 'v2', '2.1', 'v2.1', 2]) {
      expect(BaseClient.getClass('compute', version, computeVersionMap)).toBe(ComputeV2Client);
    }
    expect(getVersionMap('compute')).toEqual(computeVersionMap);
  });

  it('names the known versions for an unknown one', () => {
    let err: unknown;
    try {
      BaseClient.getClass('compute', '3', computeVersionMap);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UnsupportedVersion);
    expect((err as UnsupportedVersion).message).toBe('Unsupported compute API version "3"; known versions: 2, 2.1');
    expect((err as UnsupportedVersion).known).toEqual(['2', '2.1']);
  });

  it('createClient builds the client, registers it as http.compute and passes its options', async () => {
    const compute = createClient('compute', '2.1', s.http, { microversion: '2.79' });
    expect(compute).toBeInstanceOf(ComputeV2Client);
    expect(s.http.compute).toBe(compute);
    expect(compute.microversion).toBe('2.79');
    const servers = await s.http.compute!.servers.list();
    expect(servers).toEqual([]);
    expect(() => createClient('compute', '1.1', s.http)).toThrow(/known versions: 2, 2\.1/);
  });

  it('refuses an API it does not know, naming the known ones', async () => {
    const err = await rejection(Promise.resolve().then(() => createClient('volume', '3', s.http)));
    expect(err).toBeInstanceOf(UnsupportedVersion);
    expect(err.message).toMatch(/^Unknown API "volume"; known APIs: .*compute/);
  });
});
