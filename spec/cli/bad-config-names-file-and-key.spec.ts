import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBuilt, runCli, tempHome } from './helpers/cli.js';

describe('a bad or missing configuration', () => {
  const home = tempHome();
  const dir = join(home.dir, '.config', 'openstack');
  const clouds = join(dir, 'clouds.yaml');

  beforeAll(async () => {
    await ensureBuilt();
    mkdirSync(dir, { recursive: true });
    writeFileSync(clouds, [
      'clouds:',
      '  dev:',
      '    auth:',
      '      username: alice',
      '      password: s3cret-pw',
      '      project_name: dev',
      '  test:',
      '    auth_type: kerberos-ish',
      '    auth:',
      '      auth_url: http://127.0.0.1:9/v3',
      '',
    ].join('\n'));
  });
  afterAll(() => home.cleanup());

  const oneLine = (stderr: string) => expect(stderr.trim().split('\n')).toHaveLength(1);

  it('an unknown cloud: exit 1, the file and the clouds it defines', async () => {
    const r = await runCli(['--os-cloud', 'prod', 'project', 'list'], home.dir);
    expect(r.code).toBe(1);
    oneLine(r.stderr);
    expect(r.stderr).toContain(`clouds.yaml (${clouds}): cloud "prod" not found; clouds defined: dev, test`);
  });

  it('a missing key: exit 1, the file and the dotted key', async () => {
    const r = await runCli(['--os-cloud', 'dev', 'project', 'list'], home.dir);
    expect(r.code).toBe(1);
    oneLine(r.stderr);
    expect(r.stderr).toContain(`clouds.yaml (${clouds}): clouds.dev.auth.auth_url is missing`);
    expect(r.stderr).not.toContain('s3cret-pw');
  });

  it('an unknown auth type: exit 1, naming the key', async () => {
    const r = await runCli(['--os-cloud', 'test', 'token', 'issue'], home.dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('clouds.test.auth_type');
    expect(r.stderr).toContain('kerberos-ish');
  });

  it('a YAML syntax error: exit 1 with the file, line and column', async () => {
    const broken = join(home.dir, 'broken.yaml');
    writeFileSync(broken, 'clouds:\n  a:\n    auth: {auth_url: x\n  b: 2\n');
    const r = await runCli(['--os-cloud', 'a', 'token', 'issue'], home.dir, { env: { OS_CLIENT_CONFIG_FILE: broken } });
    expect(r.code).toBe(1);
    oneLine(r.stderr);
    expect(r.stderr).toMatch(new RegExp(`broken\\.yaml \\(${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\): YAML syntax error at line \\d+, column \\d+`));
  });

  it('a clouds.yaml but no cloud chosen: exit 1, saying how to choose', async () => {
    const r = await runCli(['project', 'list'], home.dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('No cloud selected');
    expect(r.stderr).toContain('--os-cloud');
  });
});
