import { describe, expect, it } from 'vitest';
import { EndpointNotFound } from '../../lib/errors/framework-errors.js';
import { V3Password } from '../../plugins/keystone/index.js';
import { onFakeCloud, session } from './helpers/session.js';

describe('the endpointOverride option', () => {
  it('wins over the catalog per service type (aliases match) and fills the project id', () => onFakeCloud(async (cloud) => {
    const c = cloud.credentials;
    const plugin = new V3Password({
      authUrl: cloud.authUrl, userId: c.userId, password: c.password, projectId: c.projectId,
      endpointOverride: { volumev3: 'http://127.0.0.1:8776/v3/$(project_id)s', echo: `${cloud.url}/echo-r2` },
    });
    const { http, echo } = session(plugin);
    expect(plugin.getEndpoint({ serviceType: 'echo' })).toBe(`${cloud.url}/echo-r2`);
    await echo.get('/hi');
    expect(plugin.getEndpoint({ serviceType: 'block-storage' })).toBe(`http://127.0.0.1:8776/v3/${c.projectId}`);
    expect(cloud.count('GET', '/echo-r2/hi')).toBe(1);
    http.close();
  }));

  it('before authentication, an endpoint without override is EndpointNotFound', () => {
    const plugin = new V3Password({ authUrl: 'http://127.0.0.1:5000/v3', userId: 'u', password: 'p' });
    expect(() => plugin.getEndpoint({ serviceType: 'compute' })).toThrow(EndpointNotFound);
  });
});
