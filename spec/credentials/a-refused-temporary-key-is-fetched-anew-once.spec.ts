import { afterEach, describe, expect, it } from 'vitest';
import { createCredentialChain } from '../../lib/credentials/chain.js';
import { credentialsFromMetadata } from '../../lib/credentials/from-metadata.js';
import { HTTPClient } from '../../lib/session/http-client.js';
import { AkSk } from '../../plugins/signing/aksk.js';
import { sendJson, startLoopback } from '../helpers/loopback-server.js';

/** A Huawei-style metadata service handing out AK1, AK2, … each valid for an hour. */
async function startMetadata() {
  let issued = 0;
  const server = await startLoopback((_req, res) => {
    issued++;
    sendJson(res, 200, { credential: { access: `AK${issued}`, secret: `sk-${issued}-0123456789`, securitytoken: `st-${issued}-0123456789`,
      expires_at: new Date(Date.now() + 3_600_000).toISOString() } });
  });
  return { ...server, issued: () => issued };
}

describe('temporary credentials the service refuses', () => {
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => { for (const close of closers.splice(0)) await close(); });

  async function setUp(accepts: (accessKey: string) => boolean) {
    const meta = await startMetadata();
    const api = await startLoopback((req, res) => {
      const ak = /Access=([^,]+),/.exec(String(req.headers.authorization))?.[1] ?? '';
      return accepts(ak) ? sendJson(res, 200, { ak }) : sendJson(res, 401, { error_code: 'APIGW.0301', error_msg: 'revoked' });
    });
    closers.push(() => meta.close(), () => api.close());
    const chain = createCredentialChain({ providers: [credentialsFromMetadata({ url: `${meta.url}/openstack/latest/securitykey` })] });
    const http = new HTTPClient({ authPlugin: new AkSk({ credentials: chain, endpoints: { ecs: api.url } }), retry: false });
    closers.push(async () => http.close());
    return { meta, api, ecs: http.service('ecs') };
  }

  it('are fetched anew after a 401, and the request is replayed once with the new pair', async () => {
    const { meta, ecs } = await setUp((ak) => ak !== 'AK1');
    expect((await ecs.get('servers')).body).toEqual({ ak: 'AK2' });
    expect(meta.issued()).toBe(2);
    expect((await ecs.get('servers')).body).toEqual({ ak: 'AK2' });
    expect(meta.issued()).toBe(2);
  });

  it('end in UnauthorizedAfterReauth when the new pair is refused too, after one refresh', async () => {
    const { meta, api, ecs } = await setUp(() => false);
    await expect(ecs.get('servers')).rejects.toMatchObject({ name: 'UnauthorizedAfterReauth', serverCode: 'APIGW.0301' });
    expect(meta.issued()).toBe(2);
    expect(api.seen.length).toBe(2);
  });
});
