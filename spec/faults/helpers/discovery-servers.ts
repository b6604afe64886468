import { sendJson, startLoopback } from '../../helpers/loopback-server.js';

/** Keystone's 300 answer at its root: the versions list, with `self` links under `base`. */
export function versionsDocument(base: string) {
  return {
    versions: {
      values: [
        { id: 'v3.14', status: 'stable', links: [{ rel: 'self', href: `${base}/v3/` }] },
        { id: 'v2.0', status: 'deprecated', links: [{ rel: 'self', href: `${base}/v2.0/` }] },
      ],
    },
  };
}

/**
 * A server that must receive nothing: it records every request and answers like a Keystone would
 * (the versions list, and 201 to any token request), so a client that reached it would carry on.
 */
export async function startCredentialSink() {
  const sink = await startLoopback((req, res) => {
    if (req.method === 'GET') return sendJson(res, 300, versionsDocument(sink.url));
    return sendJson(res, 201, { token: { methods: ['password'], expires_at: new Date(Date.now() + 3_600_000).toISOString(), catalog: [] } },
      { 'X-Subject-Token': 'gAAAAAsink' });
  });
  return sink;
}
