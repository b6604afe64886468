import { describe, expect, it } from 'vitest';
import { HTTPClient } from '../../lib/session/http-client.js';
import { BaseClient } from '../../lib/base-client.js';
import { StaticToken } from '../../plugins/static-token.js';

class ImageClient extends BaseClient {
  static override readonly serviceType = 'image';
  static override readonly attributeName = 'image';
}
class BadClient extends BaseClient {
  static override readonly serviceType = 'x';
  static override readonly attributeName = 'request';
}

describe('the client registry', () => {
  it('a client registers itself as http.<attributeName> and shares the session', () => {
    const http = new HTTPClient({ authPlugin: new StaticToken({ token: 't', endpoint: 'http://127.0.0.1:1' }) });
    const image = new ImageClient(http, { endpointType: 'internalURL' });
    expect((http as unknown as { image: ImageClient }).image).toBe(image);
    expect(image.http).toBe(http);
    expect(image.serviceType).toBe('image');
    expect(http.clients).toEqual([image]);
  });

  it('refuses an attribute name that would hide a session method', () => {
    const http = new HTTPClient();
    expect(() => new BadClient(http)).toThrow(/cannot use the attribute name "request"/);
  });

  it('concatUrl joins with exactly one slash and keeps absolute URLs', () => {
    expect(HTTPClient.concatUrl('http://h/v2.1/', '/servers')).toBe('http://h/v2.1/servers');
    expect(HTTPClient.concatUrl('http://h/v2.1', 'servers/detail?limit=1')).toBe('http://h/v2.1/servers/detail?limit=1');
    expect(HTTPClient.concatUrl('http://h/v2.1', '')).toBe('http://h/v2.1');
    expect(HTTPClient.concatUrl('http://h/v2.1', 'https://other/x')).toBe('https://other/x');
  });
});
