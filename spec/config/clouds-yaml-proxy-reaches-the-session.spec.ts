import { join } from 'node:path';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createSessionFromConfig, resolveCloudConfig } from '../../lib/config/index.js';
import { ConfigError, ConnectionRefused } from '../../lib/errors/index.js';
import { authPlugins } from '../../plugins/config-auth-plugins.js';
import { deadPort } from '../helpers/loopback-server.js';
import { NO_REAL_PROXY, proxyLogOffset, proxyLogSince, realProxy } from '../helpers/real-proxy.js';
import { useConfigSuite } from './helpers.js';

describe('clouds.yaml `proxy`', () => {
  const suite = useConfigSuite();

  const cloudsYaml = (proxy: string) => {
    const c = suite.cloud.credentials;
    suite.box.write(join(suite.box.userDir, 'clouds.yaml'), `clouds:\n  prod:\n    proxy: ${proxy}\n    auth:\n      auth_url: ${suite.cloud.authUrl}\n`
      + `      username: ${c.username}\n      password: ${c.password}\n      project_name: ${c.projectName}\n`
      + '      user_domain_name: Default\n      project_domain_name: Default\n    region_name: RegionOne\n');
  };

  it('sends the session through the proxy it names; the password shows as *** in the error', async () => {
    const port = await deadPort();
    cloudsYaml(`"http://squid-user:yaml-proxy-secret@127.0.0.1:${port}"`);
    const config = await resolveCloudConfig(suite.box.options({ OS_CLOUD: 'prod' }));
    expect(config.sources.proxy?.name).toBe('clouds.prod.proxy');
    const http = await createSessionFromConfig(config, { authPlugins, keyring: false });
    try {
      const error = await http.authenticate().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConnectionRefused);
      expect((error as Error).message).toContain(`(via proxy http://squid-user:***@127.0.0.1:${port}): connection refused`);
      expect(inspect(error, { depth: Infinity })).not.toContain('yaml-proxy-secret');
    } finally {
      http.close();
    }
  });

  it('proxy: false goes direct whatever HTTPS_PROXY says; anything else is a ConfigError naming the key', async () => {
    cloudsYaml('false');
    const saved = process.env.HTTP_PROXY;
    process.env.HTTP_PROXY = `http://127.0.0.1:${await deadPort()}`;
    try {
      const http = await createSessionFromConfig(await resolveCloudConfig(suite.box.options({ OS_CLOUD: 'prod' })), { authPlugins, keyring: false });
      await http.authenticate();
      http.close();
    } finally {
      if (saved === undefined) delete process.env.HTTP_PROXY;
      else process.env.HTTP_PROXY = saved;
    }
    cloudsYaml('[1, 2]');
    const error = await resolveCloudConfig(suite.box.options({ OS_CLOUD: 'prod' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toContain('clouds.prod.proxy must be a proxy URL (http://[user:password@]host:port) or false');
  });

  const proxy = realProxy();
  it.skipIf(!proxy)(`with the real proxy, Keystone's token request is in its access log${proxy ? '' : ` — skipped: ${NO_REAL_PROXY}`}`, async () => {
    cloudsYaml(`"${proxy!.url}"`);
    const http = await createSessionFromConfig(await resolveCloudConfig(suite.box.options({ OS_CLOUD: 'prod' })), { authPlugins, keyring: false });
    try {
      const start = proxyLogOffset(proxy!);
      await http.authenticate();
      expect(proxyLogSince(proxy!, start).lines.some((l) => l.includes(`CONNECT ${new URL(suite.cloud.authUrl).host}`))).toBe(true);
    } finally {
      http.close();
    }
  });
});
