import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BaseClient } from '../../../lib/base-client.js';
import { UnsupportedVersion } from '../../../lib/errors/index.js';
import { createClient, registerVersionMap, registeredApis } from '../../../lib/services/common/index.js';
import { novaSession, type NovaSession } from '../compute/helpers.js';

class WidgetV1 extends BaseClient {
  static override readonly serviceType: string = 'compute';
  static override readonly attributeName: string = 'widgetsV1';
}
class WidgetV2 extends BaseClient {
  static override readonly serviceType: string = 'compute';
  static override readonly attributeName: string = 'widgetsV2';
}

describe('createClient over registered version maps', () => {
  let s: NovaSession;
  beforeEach(async () => {
    s = await novaSession();
    registerVersionMap('widget', { '1.0': WidgetV1, '2': WidgetV2 });
  });
  afterEach(() => s.close());

  it('picks each mapped version and registers the client with the session', () => {
    const one = createClient('widget', 'v1', s.http);
    const two = createClient('widget', '2.0', s.http, { regionName: 'RegionOne' });
    expect(one).toBeInstanceOf(WidgetV1);
    expect(two).toBeInstanceOf(WidgetV2);
    expect((s.http as unknown as Record<string, unknown>).widgetsV1).toBe(one);
    expect(two.regionName).toBe('RegionOne');
    expect(registeredApis()).toContain('widget');
  });

  it('names the known versions for an unknown one, and the known APIs for an unknown API', () => {
    expect(() => createClient('widget', '3', s.http)).toThrow('Unsupported widget API version "3"; known versions: 1.0, 2');
    let err: unknown;
    try {
      createClient('gadget', '1', s.http);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UnsupportedVersion);
    expect((err as UnsupportedVersion).known).toContain('widget');
  });
});
