import type { FakeRoute } from './router.js';

const MEDIA_V3 = [{ base: 'application/json', type: 'application/vnd.openstack.identity-v3+json' }];
const MEDIA_V2 = [{ base: 'application/json', type: 'application/vnd.openstack.identity-v2.0+json' }];

/** The v3 version document, as Keystone 22 answers `GET /v3`. */
export function v3Version(identityUrl: string): Record<string, unknown> {
  return {
    id: 'v3.14', status: 'stable', updated: '2020-04-07T00:00:00Z',
    links: [{ rel: 'self', href: `${identityUrl}/v3/` }], 'media-types': MEDIA_V3,
  };
}

/** The v2.0 version document, as the last Keystone releases that served v2.0 answered it. */
export function v2Version(identityUrl: string): Record<string, unknown> {
  return {
    id: 'v2.0', status: 'deprecated', updated: '2016-08-04T00:00:00Z',
    links: [
      { rel: 'self', href: `${identityUrl}/v2.0/` },
      { rel: 'describedby', type: 'text/html', href: 'https://docs.openstack.org/' },
    ],
    'media-types': MEDIA_V2,
  };
}

/**
 * Version discovery: `GET /identity` → 300 Multiple Choices listing v3.14 (stable) and v2.0 (deprecated);
 * `GET /identity/v3` and `GET /identity/v2.0` → 200 with one version document. No token needed.
 */
export function discoveryRoutes(): FakeRoute[] {
  return [
    {
      method: 'GET', pattern: '/identity',
      handler: (req) => {
        const identityUrl = `${req.baseUrl}/identity`;
        return {
          status: 300,
          headers: { Location: `${identityUrl}/v3/` },
          body: { versions: { values: [v3Version(identityUrl), v2Version(identityUrl)] } },
        };
      },
    },
    { method: 'GET', pattern: '/identity/v3', handler: (req) => ({ status: 200, body: { version: v3Version(`${req.baseUrl}/identity`) } }) },
    { method: 'GET', pattern: '/identity/v2.0', handler: (req) => ({ status: 200, body: { version: v2Version(`${req.baseUrl}/identity`) } }) },
  ];
}
