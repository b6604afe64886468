import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { resolveCloudConfig } from '../../lib/config/index.js';
import { configSandbox, type ConfigSandbox } from './helpers.js';

describe('auth types and the variables python-openstackclient accepts', () => {
  let box: ConfigSandbox;
  beforeEach(() => { box = configSandbox(); });
  afterEach(() => box.cleanup());
  const resolve = (env: Record<string, string>, args = {}) => resolveCloudConfig({ ...box.options(env), args });

  it('infers the auth type as osc does: token + endpoint → admin_token, token → token, application credential, else password', async () => {
    expect((await resolve({ OS_TOKEN: 't', OS_ENDPOINT: 'http://svc:8774/v2.1' })).authType).toBe('admin_token');
    expect((await resolve({ OS_TOKEN: 't', OS_AUTH_URL: 'https://k/v3' })).authType).toBe('token');
    expect((await resolve({ OS_AUTH_URL: 'https://k/v3', OS_APPLICATION_CREDENTIAL_ID: 'id', OS_APPLICATION_CREDENTIAL_SECRET: 's' })).authType).toBe('v3applicationcredential');
    expect((await resolve({ OS_AUTH_URL: 'https://k/v3', OS_USERNAME: 'u', OS_PASSWORD: 'p' })).authType).toBe('password');
  });

  it('explicit types: v3password, v3token, noauth with an endpoint, v3applicationcredential by name needs the user', async () => {
    expect((await resolve({ OS_AUTH_TYPE: 'v3password', OS_AUTH_URL: 'https://k/v3', OS_USER_ID: 'uid', OS_PASSWORD: 'p' })).authType).toBe('v3password');
    expect((await resolve({ OS_AUTH_TYPE: 'v3token', OS_AUTH_URL: 'https://k/v3', OS_TOKEN: 't' })).authType).toBe('v3token');
    const noauth = await resolve({ OS_AUTH_TYPE: 'noauth', OS_ENDPOINT: 'http://trove:8779/v1.0/p' });
    expect(noauth).toMatchObject({ authType: 'noauth', endpoint: 'http://trove:8779/v1.0/p' });
    await expect(resolve({ OS_AUTH_TYPE: 'v3applicationcredential', OS_AUTH_URL: 'https://k/v3', OS_APPLICATION_CREDENTIAL_NAME: 'n', OS_APPLICATION_CREDENTIAL_SECRET: 's' }))
      .rejects.toThrow(/username or user_id is missing|user_id.*missing|username.*missing/);
  });

  it('OS_TENANT_NAME / OS_TENANT_ID and OS_ENDPOINT_TYPE=publicURL are accepted', async () => {
    const config = await resolve({ OS_AUTH_URL: 'https://k/v3', OS_USERNAME: 'u', OS_PASSWORD: 'p', OS_TENANT_NAME: 'proj', OS_ENDPOINT_TYPE: 'internalURL' });
    expect(config.auth.projectName).toBe('proj');
    expect(config.interface).toBe('internal');
    expect(config.sources['auth.project_name']).toEqual({ kind: 'env', name: 'OS_TENANT_NAME' });
  });

  it('TLS: --insecure and OS_INSECURE turn verification off; OS_CACERT is a bundle path; cert + key pair', async () => {
    const base = { OS_AUTH_URL: 'https://k/v3', OS_USERNAME: 'u', OS_PASSWORD: 'p' };
    expect((await resolve(base, { insecure: true })).verify).toBe(false);
    expect((await resolve({ ...base, OS_INSECURE: 'true' })).verify).toBe(false);
    const ca = box.write(join(box.root, 'ca.pem'), '-----BEGIN CERTIFICATE-----\n');
    const cert = box.write(join(box.root, 'c.pem'), 'x');
    const key = box.write(join(box.root, 'k.pem'), 'x');
    const config = await resolve({ ...base, OS_CACERT: ca, OS_CERT: cert, OS_KEY: key });
    expect(config.verify).toBe(ca);
    expect(config.cert).toEqual({ cert, key });
    expect((await resolve(base)).verify).toBe(true);
  });

  it('identity_api_version 2 and the compute microversion are carried; keyring: false in clouds.yaml turns caching off', async () => {
    box.write(join(box.userDir, 'clouds.yaml'), 'clouds:\n  old:\n    identity_api_version: 2\n    compute_api_version: "2.79"\n    keyring: false\n    auth: {auth_url: "https://k/v2.0", username: u, password: p, tenant_name: t}\n');
    const config = await resolve({ OS_CLOUD: 'old' });
    expect(config).toMatchObject({ identityApiVersion: '2.0', computeApiVersion: '2.79', keyring: false });
    expect(config.auth.userDomainId).toBeUndefined();
    expect((await resolve({ OS_CLOUD: 'old' }, { keyring: false })).keyring).toBe(false);
  });
});
