import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCredentialChain } from '../../lib/credentials/chain.js';
import { credentialsFromCloudsYaml } from '../../lib/credentials/from-clouds-yaml.js';
import { credentialsFromEnv } from '../../lib/credentials/from-env.js';
import { credentialsFromMetadata } from '../../lib/credentials/from-metadata.js';
import type { Logger } from '../../lib/log/user-logger.js';
import { captureDebug, expectNoSecrets } from '../helpers/capture-debug.js';
import { deadPort, sendJson, startLoopback } from '../helpers/loopback-server.js';

const ENV_SK = 'env-secret-key-0123456789';
const YAML_SK = 'yaml-secret-key-0123456789';
const META_SK = 'metadata-secret-key-0123456789';
const META_TOKEN = 'metadata-security-token-0123456789';

describe('the credential chain', () => {
  const dirs: string[] = [];
  afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

  function cloudsDir(): string {
    const dir = mkdtempSync(join(tmpdir(), 'generic-signing-creds-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'clouds.yaml'), 'clouds:\n  otc:\n    auth:\n      ak: YAMLAK\n      sk: ' + YAML_SK + '\n  plain:\n    auth:\n      username: u\n');
    return dir;
  }

  async function providers(env: NodeJS.ProcessEnv, metadataUrl: string) {
    const dir = cloudsDir();
    return [credentialsFromEnv({ env }), credentialsFromCloudsYaml({ env, cwd: dir, home: dir, siteDir: dir }), credentialsFromMetadata({ url: metadataUrl, timeout: 1_000 })];
  }

  it('takes the first provider that has credentials, and says which at debug level', async () => {
    const meta = await startLoopback((_req, res) => sendJson(res, 200, {
      credential: { access: 'METAAK', secret: META_SK, securitytoken: META_TOKEN, expires_at: new Date(Date.now() + 3_600_000).toISOString() },
    }));
    try {
      const lines: string[] = [];
      const logger: Logger = { debug: (l) => lines.push(l), info: () => {}, warn: () => {}, error: () => {} };
      const url = `${meta.url}/openstack/latest/securitykey`;
      const cases: [NodeJS.ProcessEnv, string, string][] = [
        [{ HUAWEICLOUD_SDK_AK: 'ENVAK', HUAWEICLOUD_SDK_SK: ENV_SK, OS_CLOUD: 'otc' }, 'environment', 'ENVAK'],
        [{ OS_CLOUD: 'otc' }, 'clouds.yaml', 'YAMLAK'],
        [{ OS_CLOUD: 'plain' }, 'metadata', 'METAAK'],
        [{}, 'metadata', 'METAAK'],
      ];
      for (const [env, source, accessKey] of cases) {
        const chain = createCredentialChain({ providers: await providers(env, url), logger });
        let got: Awaited<ReturnType<typeof chain>> | undefined;
        const output = await captureDebug(async () => { got = await chain(); });
        expect([source, got?.accessKey, chain.source]).toEqual([source, accessKey, source]);
        expect(output).toContain(`stackclient:credentials credentials from ${source}`);
        expectNoSecrets(output + lines.join('\n'), [ENV_SK, YAML_SK, META_SK, META_TOKEN]);
      }
      expect(lines.some((l) => /credentials from metadata \(access key META…, temporary until /.test(l))).toBe(true);
      expect(meta.seen[0]!.url).toBe('/openstack/latest/securitykey');
    } finally {
      await meta.close();
    }
  });

  it('ends with CredentialsNotFound naming what each provider looked for; half a key pair is a ConfigError', async () => {
    const url = `http://127.0.0.1:${await deadPort()}/latest/meta-data/cam/security-credentials/role`;
    const chain = createCredentialChain({ providers: await providers({ OS_CLOUD: 'plain' }, url) });
    const error = await chain().catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'CredentialsNotFound', code: 'ERR_CREDENTIALS_NOT_FOUND', providers: ['environment', 'clouds.yaml', 'metadata'] });
    expect((error as Error).message).toMatch(/HUAWEICLOUD_SDK_AK \/ HUAWEICLOUD_SDK_SK.*the metadata service at http:\/\/127\.0\.0\.1:\d+\/latest/);
    const half = createCredentialChain({ providers: [credentialsFromEnv({ env: { TENCENTCLOUD_SECRET_ID: 'AKID' } })] });
    await expect(half()).rejects.toMatchObject({ name: 'ConfigError', message: 'TENCENTCLOUD_SECRET_ID is set but TENCENTCLOUD_SECRET_KEY is not; set both, or neither' });
  });

  it('takes a provider list of the user\'s own', async () => {
    const chain = createCredentialChain({ providers: [{ name: 'vault', lookedFor: 'secret/cloud', resolve: async () => ({ accessKey: 'VAULTAK', secretKey: 'v' }) }] });
    expect(await chain()).toEqual({ accessKey: 'VAULTAK', secretKey: 'v' });
    expect(chain.source).toBe('vault');
  });
});
