import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeReal, realKeystone } from '../real/helpers/real-keystone.js';
import { ensureBuilt, runCli, tempHome } from './helpers/cli.js';

const OSC = '/usr/bin/openstack';

/** The real Keystone's admin login as OS_* variables. */
function adminEnv(): Record<string, string> {
  const k = realKeystone()!;
  return {
    OS_AUTH_URL: k.authUrl, OS_USERNAME: k.admin.username, OS_PASSWORD: k.admin.password, OS_PROJECT_NAME: k.admin.projectName,
    OS_USER_DOMAIN_NAME: k.admin.userDomainName, OS_PROJECT_DOMAIN_NAME: k.admin.projectDomainName,
    OS_REGION_NAME: k.regionName, OS_IDENTITY_API_VERSION: '3',
  };
}

/** python-openstackclient's `-f json` output for the same command, when it is installed (it comes with python3-keystone). */
function osc(args: string[]): Promise<unknown> {
  return new Promise((resolve, reject) => {
    execFile(OSC, [...args, '-f', 'json'], { env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', ...adminEnv() }, timeout: 30_000 },
      (error, stdout, stderr) => (error ? reject(new Error(`openstack ${args.join(' ')}: ${stderr}`)) : resolve(JSON.parse(stdout))));
  });
}

const withOsc = existsSync(OSC) ? it : it.skip;

describeReal('the CLI against the real Keystone', () => {
  const home = tempHome();
  const run = (...args: string[]) => runCli(args, home.dir, { env: adminEnv() });
  beforeAll(ensureBuilt);
  afterAll(() => home.cleanup());

  it('token issue -f json has the keys python-openstackclient prints', async () => {
    const r = await run('token', 'issue', '-f', 'json');
    expect(r.code, r.stderr).toBe(0);
    const token = JSON.parse(r.stdout) as Record<string, string>;
    expect(Object.keys(token)).toEqual(['expires', 'id', 'project_id', 'user_id']);
    expect(token.expires).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0000$/);
    expect(token.id).toMatch(/^gAAAAA/);
  });

  withOsc('token issue -f json: the same keys as `openstack token issue -f json`', async () => {
    const [ours, theirs] = await Promise.all([run('token', 'issue', '-f', 'json'), osc(['token', 'issue'])]);
    expect(Object.keys(JSON.parse(ours.stdout) as object)).toEqual(Object.keys(theirs as object));
  });

  withOsc('catalog list -f json and project list -f json: the same data as openstack prints', async () => {
    const [catalog, projects, oscCatalog, oscProjects] = await Promise.all([
      run('catalog', 'list', '-f', 'json'), run('project', 'list', '-f', 'json'), osc(['catalog', 'list']), osc(['project', 'list']),
    ]);
    expect(catalog.code, catalog.stderr).toBe(0);
    expect(JSON.parse(catalog.stdout)).toEqual(oscCatalog);
    const byId = (rows: { ID: string }[]) => [...rows].sort((a, b) => a.ID.localeCompare(b.ID));
    expect(byId(JSON.parse(projects.stdout) as { ID: string }[])).toEqual(byId(oscProjects as { ID: string }[]));
  });

  it('catalog list -f json: Name, Type and Endpoints with keystoneauth\'s endpoint keys', async () => {
    const r = await run('catalog', 'list', '-f', 'json');
    expect(r.code, r.stderr).toBe(0);
    const services = JSON.parse(r.stdout) as { Name: string; Type: string; Endpoints: Record<string, unknown>[] }[];
    // the whole real cloud (npm test) adds Glance and Nova's network stub to what the Keystone recipe registers
    const types = ['compute', 'database', 'identity', ...(process.env['STACKCLIENT_REAL_CLOUD'] === '1' ? ['image', 'network'] : [])];
    expect(services.map((s) => s.Type).sort()).toEqual(types);
    for (const s of services) {
      expect(Object.keys(s)).toEqual(['Name', 'Type', 'Endpoints']);
      for (const e of s.Endpoints) expect(Object.keys(e)).toEqual(['id', 'interface', 'region_id', 'url', 'region']);
    }
  });

  it('project create, show and delete; a deleted project is not found', async () => {
    const name = `cli-spec-${process.pid}-${Date.now()}`;
    const created = await run('project', 'create', name, '--description', 'made by spec/cli', '-f', 'json');
    expect(created.code, created.stderr).toBe(0);
    const project = JSON.parse(created.stdout) as Record<string, unknown>;
    expect(Object.keys(project)).toEqual(['description', 'domain_id', 'enabled', 'id', 'is_domain', 'name', 'options', 'parent_id', 'tags']);
    expect(project).toMatchObject({ name, description: 'made by spec/cli', enabled: true });

    const listed = await run('project', 'list', '-f', 'value', '-c', 'Name');
    expect(listed.stdout.split('\n')).toContain(name);
    const deleted = await run('project', 'delete', name);
    expect(deleted.code, deleted.stderr).toBe(0);
    expect(deleted.stdout).toBe('');
    const gone = await run('project', 'show', String(project.id));
    expect(gone.code).toBe(1);
    expect(gone.stderr.trim()).toBe(`No project with a name or ID of '${String(project.id)}' exists.`);
  });

  it('a wrong password: exit 1, one line with Keystone\'s message and the request id', async () => {
    const r = await runCli(['--no-keyring', 'token', 'issue'], home.dir, { env: { ...adminEnv(), OS_PASSWORD: 'wrong-password' } });
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('The request you have made requires authentication.');
    expect(r.stderr).toMatch(/req-[0-9a-f-]{36}/);
    expect(r.stderr).not.toContain('wrong-password');
  });
});
