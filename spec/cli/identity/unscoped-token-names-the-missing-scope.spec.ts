import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeReal, realKeystone } from '../../real/helpers/real-keystone.js';
import { ensureBuilt, tempHome } from '../helpers/cli.js';
import { hasOsc, json, osc, ours } from './parity.js';

// With no project, domain or system in the configuration Keystone issues an unscoped token, and answers 403 to most
// identity calls. stackclient says which scope is missing and how to ask for it, instead of Keystone's bare refusal.
describeReal('an unscoped token: the missing scope is named, and what works without one still works', () => {
  const home = tempHome();
  beforeAll(ensureBuilt);
  afterAll(() => home.cleanup());

  it('user list: exit 1, one line naming the rule, the missing scope and the flags that set one', async () => {
    const r = await ours(home.dir, ['user', 'list'], 'unscoped');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const line = r.stderr.trim();
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toContain('GET http://127.0.0.1');
    expect(line).toContain('/v3/users was refused (HTTP 403, identity:list_users): the token is unscoped');
    expect(line).toContain('needs a project-scoped token');
    expect(line).toContain('--os-project-name');
    expect(line).toMatch(/\(Request-ID: req-[0-9a-f-]{36}\)$/);
    expect(line).not.toContain(realKeystone()!.admin.password);
  }, 60_000);

  it('--debug keeps the password and the token out of the log, and the message is the same', async () => {
    const r = await ours(home.dir, ['--debug', 'domain', 'list'], 'unscoped');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('the token is unscoped');
    expect(r.stderr).not.toContain(realKeystone()!.admin.password);
    expect(r.stderr).not.toMatch(/gAAAAA[\w-]{20,}/);
  }, 60_000);

  it('user show of oneself works unscoped (Keystone lets a user read themself)', async () => {
    const r = await ours(home.dir, ['user', 'show', realKeystone()!.admin.username, '-f', 'json'], 'unscoped');
    expect(json(r, 'stackclient')).toMatchObject({ name: realKeystone()!.admin.username });
  }, 60_000);

  it.skipIf(!hasOsc)('project list falls back to the user\'s own projects, as openstack does', async () => {
    const [mine, theirs] = await Promise.all([ours(home.dir, ['project', 'list', '-f', 'json'], 'unscoped'),
      osc(['project', 'list', '-f', 'json'], 'unscoped')]);
    expect(json(mine, 'stackclient')).toEqual(json(theirs, 'openstack'));
  }, 60_000);
});
