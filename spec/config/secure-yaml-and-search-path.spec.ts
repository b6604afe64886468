import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { candidateFiles, resolveCloudConfig } from '../../lib/config/index.js';
import { configSandbox, type ConfigSandbox } from './helpers.js';

const cloud = (url: string) => `clouds:\n  c:\n    auth:\n      auth_url: ${url}\n      username: u\n      password: from-clouds\n`;

describe('clouds.yaml and secure.yaml on the search path', () => {
  let box: ConfigSandbox;
  beforeEach(() => { box = configSandbox(); });
  afterEach(() => box.cleanup());

  it('secure.yaml is merged over clouds.yaml for the same cloud', async () => {
    box.write(join(box.userDir, 'clouds.yaml'), cloud('https://x/v3'));
    const secure = box.write(join(box.userDir, 'secure.yaml'), 'clouds:\n  c:\n    auth:\n      password: from-secure\n');
    const config = await resolveCloudConfig(box.options({ OS_CLOUD: 'c' }));
    expect(config.auth.password).toBe('from-secure');
    expect(config.auth.username).toBe('u');
    expect(config.files).toEqual([join(box.userDir, 'clouds.yaml'), secure]);
  });

  it('the first existing file wins: ./ before the user dir before /etc/openstack', async () => {
    box.write(join(box.siteDir, 'clouds.yaml'), cloud('https://site/v3'));
    expect((await resolveCloudConfig(box.options({ OS_CLOUD: 'c' }))).auth.authUrl).toBe('https://site/v3');
    box.write(join(box.userDir, 'clouds.yml'), cloud('https://user/v3'));
    expect((await resolveCloudConfig(box.options({ OS_CLOUD: 'c' }))).auth.authUrl).toBe('https://user/v3');
    box.write(join(box.cwd, 'clouds.yaml'), cloud('https://cwd/v3'));
    expect((await resolveCloudConfig(box.options({ OS_CLOUD: 'c' }))).auth.authUrl).toBe('https://cwd/v3');
  });

  it('OS_CLIENT_CONFIG_FILE comes before the search path', async () => {
    box.write(join(box.cwd, 'clouds.yaml'), cloud('https://cwd/v3'));
    const own = box.write(join(box.root, 'mine.yaml'), cloud('https://mine/v3'));
    expect(candidateFiles('clouds', box.options({ OS_CLIENT_CONFIG_FILE: own }))[0]).toBe(own);
    const config = await resolveCloudConfig(box.options({ OS_CLOUD: 'c', OS_CLIENT_CONFIG_FILE: own }));
    expect(config.auth.authUrl).toBe('https://mine/v3');
  });

  it('regions: the first region is the default region_name', async () => {
    box.write(join(box.userDir, 'clouds.yaml'), `${cloud('https://x/v3')}    regions:\n      - name: North\n      - South\n`);
    expect((await resolveCloudConfig(box.options({ OS_CLOUD: 'c' }))).regionName).toBe('North');
  });
});
