import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ConfigError } from '../../lib/errors/index.js';
import { resolveCloudConfig } from '../../lib/config/index.js';
import { configSandbox, type ConfigSandbox } from './helpers.js';

async function configError(p: Promise<unknown>): Promise<ConfigError> {
  const error = await p.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(ConfigError);
  return error as ConfigError;
}

describe('configuration mistakes are ConfigErrors that say which file and which key', () => {
  let box: ConfigSandbox;
  let clouds: string;
  beforeEach(() => {
    box = configSandbox();
    clouds = box.write(join(box.userDir, 'clouds.yaml'), [
      'clouds:',
      '  dev:',
      '    auth:',
      '      auth_url: https://dev/v3',
      '      username: u',
      '  test:',
      '    auth: {auth_url: "https://test/v3", username: u, password: p}',
      '    verify: sometimes',
      '  list-auth:',
      '    auth: [1, 2]',
    ].join('\n'));
  });
  afterEach(() => box.cleanup());

  it('an unknown cloud lists the clouds the file defines', async () => {
    const e = await configError(resolveCloudConfig(box.options({ OS_CLOUD: 'prod' })));
    expect(e.message).toBe(`clouds.yaml (${clouds}): cloud "prod" not found; clouds defined: dev, test, list-auth`);
    expect(e.file).toBe(clouds);
    expect(e.key).toBe('clouds.prod');
  });

  it('a missing credential names the dotted key and the flag or variable that can give it', async () => {
    const e = await configError(resolveCloudConfig(box.options({ OS_CLOUD: 'dev' })));
    expect(e.message).toContain(`clouds.yaml (${clouds}): clouds.dev.auth.password is missing`);
    expect(e.message).toContain('--os-password or OS_PASSWORD');
    expect(e.key).toBe('clouds.dev.auth.password');
  });

  it('a value of the wrong type names its key', async () => {
    const e = await configError(resolveCloudConfig(box.options({ OS_CLOUD: 'test' })));
    expect(e.message).toBe(`clouds.yaml (${clouds}): clouds.test.verify must be true or false, not "sometimes"`);
    const e2 = await configError(resolveCloudConfig(box.options({ OS_CLOUD: 'list-auth' })));
    expect(e2.message).toContain('clouds.list-auth.auth must be a mapping');
  });

  it('a YAML syntax error gives the file, the line and the column', async () => {
    box.write(clouds, 'clouds:\n  a:\n    auth: {auth_url: x\n  b: 2\n');
    const e = await configError(resolveCloudConfig(box.options({ OS_CLOUD: 'a' })));
    expect(e.message).toMatch(/^clouds\.yaml \(.+\): YAML syntax error at line 4, column 3: /);
  });

  it('without any file, a missing auth URL says which flag or variable sets it', async () => {
    box.cleanup();
    box = configSandbox();
    const e = await configError(resolveCloudConfig(box.options({ OS_USERNAME: 'u', OS_PASSWORD: 'p' })));
    expect(e.message).toMatch(/^auth_url is missing: set --os-auth-url or OS_AUTH_URL/);
  });

  it('bad variables and flags are named: OS_INSECURE, OS_INTERFACE, --os-auth-type, a missing CA bundle', async () => {
    const base = { OS_AUTH_URL: 'https://x/v3', OS_USERNAME: 'u', OS_PASSWORD: 'p' };
    expect((await configError(resolveCloudConfig(box.options({ ...base, OS_INSECURE: 'maybe' })))).message).toContain('OS_INSECURE="maybe"');
    expect((await configError(resolveCloudConfig(box.options({ ...base, OS_INTERFACE: 'sideways' })))).message).toContain('OS_INTERFACE is "sideways"');
    expect((await configError(resolveCloudConfig({ ...box.options(base), args: { authType: 'saml' } }))).message).toContain('--os-auth-type: auth type "saml" is not supported');
    expect((await configError(resolveCloudConfig(box.options({ ...base, OS_CACERT: join(box.root, 'nope.pem') })))).message).toContain('OS_CACERT: the CA bundle');
  });

  it('an OS_CLIENT_CONFIG_FILE that does not exist is named', async () => {
    const e = await configError(resolveCloudConfig(box.options({ OS_CLOUD: 'dev', OS_CLIENT_CONFIG_FILE: join(box.root, 'missing.yaml') })));
    expect(e.message).toContain('OS_CLIENT_CONFIG_FILE is set to');
    expect(e.key).toBe('OS_CLIENT_CONFIG_FILE');
  });
});
