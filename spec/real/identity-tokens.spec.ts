import { afterAll, beforeAll, expect, it } from 'vitest';
import { NotFound } from '../../lib/errors/index.js';
import { IdentityV3Client } from '../../lib/services/identity/index.js';
import { captureDebug, expectNoSecrets } from '../helpers/capture-debug.js';
import { adminPassword, demoPassword, describeReal, realKeystone, realSession } from './helpers/real-keystone.js';

describeReal('real Keystone: identity v3 token validate, check and revoke', () => {
  let admin: ReturnType<typeof realSession>;
  let identity: IdentityV3Client;

  beforeAll(() => {
    admin = realSession(adminPassword());
    identity = new IdentityV3Client(admin.http);
  });
  afterAll(() => admin.http.close());

  async function demoToken(): Promise<{ token: string; close: () => void }> {
    const demo = realSession(demoPassword());
    await demo.http.authenticate();
    return { token: demo.http.authPlugin!.getToken!()!, close: () => demo.http.close() };
  }

  it('validates another user’s token into its body, with or without the catalog', async () => {
    const k = realKeystone()!;
    const { token, close } = await demoToken();
    try {
      const body = await identity.tokens.validate(token);
      expect(body.user.id).toBe(k.demo.userId);
      expect(body.project?.id).toBe(k.demo.projectId);
      expect(body.methods).toEqual(['password']);
      expect(body.roles?.map((r) => r.name).sort()).toEqual(['member', 'reader']);
      expect(Date.parse(body.expires_at)).toBeGreaterThan(Date.now());
      expect(body.catalog?.map((s) => s.type)).toEqual(expect.arrayContaining(['identity', 'compute', 'database']));
      const bare = await identity.tokens.validate(token, { noCatalog: true });
      expect(bare.catalog).toBeUndefined();
      expect(bare.audit_ids).toEqual(body.audit_ids);
    } finally {
      close();
    }
  });

  it('checks and revokes a token; afterwards check is false and validate is NotFound; the token stays out of the log', async () => {
    const { token, close } = await demoToken();
    try {
      const log = await captureDebug(async () => {
        expect(await identity.tokens.check(token)).toBe(true);
        await identity.tokens.revoke(token);
        expect(await identity.tokens.check(token)).toBe(false);
        await expect(identity.tokens.validate(token)).rejects.toBeInstanceOf(NotFound);
      });
      expect(log).toMatch(/X-Subject-Token: \{SHA256\}[0-9a-f]{64}/);
      expectNoSecrets(log, [token]);
    } finally {
      close();
    }
  });

  it('works from a versionless identity endpoint (the /v3 segment is added)', async () => {
    const k = realKeystone()!;
    const session = realSession(adminPassword());
    try {
      const viaRoot = new IdentityV3Client(session.http, { endpointOverride: k.rootUrl });
      const { token, close } = await demoToken();
      try {
        expect((await viaRoot.tokens.validate(token, { noCatalog: true })).user.id).toBe(k.demo.userId);
      } finally {
        close();
      }
      expect(viaRoot.cachedEndpoint).toBe(k.authUrl);
    } finally {
      session.http.close();
    }
  });
});
