import type { FakeResponse, FakeRoute } from '../router.js';
import { FakeFault } from '../keystone-errors.js';
import { NOVA_MIN_VERSION, requestedVersion } from './microversion.js';
import { PREFIX, type NovaEnv } from './route-kit.js';

/** The version documents (doc/api_samples/versions): the list at the root, one version at the endpoint. */
export function versionRoutes(env: NovaEnv): FakeRoute[] {
  const base = () => env.settings.linkBaseUrl ?? env.ctx.baseUrl();
  const v21 = () => ({
    id: 'v2.1',
    links: [{ href: `${base()}${PREFIX}/`, rel: 'self' }],
    status: 'CURRENT',
    version: env.settings.maxVersion,
    min_version: NOVA_MIN_VERSION,
    updated: '2013-07-23T11:33:21Z',
  });
  return [
    {
      method: 'GET',
      pattern: '/compute',
      handler: () => ({
        status: 200,
        body: {
          versions: [
            {
              id: 'v2.0', links: [{ href: `${base()}/compute/v2/`, rel: 'self' }], status: 'SUPPORTED',
              version: '', min_version: '', updated: '2011-01-21T11:33:21Z',
            },
            v21(),
          ],
        },
      }),
    },
    {
      method: 'GET',
      pattern: PREFIX,
      // Real Nova 26 refuses its own version document (406) under a microversion outside its range.
      handler: (req) => faultOf(() => requestedVersion(req, env.settings.maxVersion)) ?? ({
        status: 200,
        body: {
          version: {
            ...v21(),
            links: [
              { href: `${base()}${PREFIX}/`, rel: 'self' },
              { href: 'http://docs.openstack.org/', rel: 'describedby', type: 'text/html' },
            ],
            'media-types': [{ base: 'application/json', type: 'application/vnd.openstack.compute+json;version=2.1' }],
          },
        },
      }),
    },
  ];
}

/** The fault response `check` throws, if it throws one. */
function faultOf(check: () => unknown): FakeResponse | undefined {
  try {
    check();
    return undefined;
  } catch (err) {
    if (err instanceof FakeFault) return err.response;
    throw err;
  }
}
