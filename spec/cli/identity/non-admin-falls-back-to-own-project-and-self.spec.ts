import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeReal, realKeystone } from '../../real/helpers/real-keystone.js';
import { ensureBuilt, tempHome } from '../helpers/cli.js';
import { hasOsc, json, osc, ours } from './parity.js';

// The demo user has only `member` on project demo: Keystone refuses them GET /v3/projects and look-ups by name.
// Like osc, stackclient then lists /v3/users/{self}/projects, and finds their own project and themself by the token's ids.
describeReal('a non-admin user lists their own projects and shows their project and themself', () => {
  const home = tempHome();
  beforeAll(ensureBuilt);
  afterAll(() => home.cleanup());

  it('project list falls back to the user\'s own projects after the 403', async () => {
    const k = realKeystone()!;
    const mine = await ours(home.dir, ['project', 'list', '-f', 'json'], 'demo');
    expect(json(mine, 'stackclient')).toEqual([{ ID: k.demo.projectId, Name: k.demo.projectName }]);
    const long = await ours(home.dir, ['project', 'list', '--long', '-f', 'json'], 'demo');
    expect(Object.keys((json(long, 'stackclient') as object[])[0]!)).toEqual(['ID', 'Name', 'Domain ID', 'Description', 'Enabled']);
  }, 60_000);

  it.skipIf(!hasOsc)('project list (--my-projects), project show demo, user show demo, domain show, application credential list: as openstack', async () => {
    const commands = [['project', 'list'], ['project', 'list', '--my-projects'], ['project', 'show', 'demo'], ['user', 'show', 'demo'],
      ['domain', 'show', 'Default'], ['application', 'credential', 'list']];
    for (const args of commands) {
      const [mine, theirs] = await Promise.all([ours(home.dir, [...args, '-f', 'json'], 'demo'), osc([...args, '-f', 'json'], 'demo')]);
      expect(json(mine, `stackclient ${args.join(' ')}`)).toEqual(json(theirs, `openstack ${args.join(' ')}`));
    }
  }, 120_000);

  it.skipIf(!hasOsc)('a filter the fallback cannot serve, and someone else\'s user, stay refused: exit 1 in both tools', async () => {
    for (const args of [['project', 'list', '--domain', 'default'], ['user', 'show', 'admin'], ['user', 'list']]) {
      const [mine, theirs] = await Promise.all([ours(home.dir, args, 'demo'), osc(args, 'demo')]);
      expect([mine.code, theirs.code]).toEqual([1, 1]);
      expect(mine.stderr).toMatch(/HTTP 403: You are not authorized to perform the requested action: identity:\w+/);
      expect(mine.stderr.trim().split('\n')).toHaveLength(1);
    }
  }, 120_000);
});
