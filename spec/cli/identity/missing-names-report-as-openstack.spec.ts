import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeReal } from '../../real/helpers/real-keystone.js';
import { ensureBuilt, tempHome } from '../helpers/cli.js';
import { hasOsc, osc, ours } from './parity.js';

// A name nothing has, given to a show, a set, a filter or a grant: osc's find messages, word for word, and exit 1.
const MISSING = 'cli-identity-nope';
const COMMANDS: string[][] = [
  ['domain', 'show', MISSING], ['user', 'show', MISSING], ['group', 'show', MISSING], ['role', 'show', MISSING], ['service', 'show', MISSING],
  ['application', 'credential', 'show', MISSING], ['group', 'contains', 'user', MISSING, 'demo'], ['group', 'add', 'user', MISSING, 'demo'],
  ['role', 'add', MISSING, '--user', 'demo', '--project', 'demo'], ['role', 'add', 'admin', '--user', MISSING, '--project', 'demo'],
  ['endpoint', 'list', '--service', MISSING], ['project', 'set', MISSING, '--description', 'x'], ['user', 'set', MISSING, '--email', 'x'],
  ['domain', 'set', MISSING, '--description', 'x'],
];

describeReal('a name nothing has is reported as openstack reports it', () => {
  const home = tempHome();
  beforeAll(ensureBuilt);
  afterAll(() => home.cleanup());

  it.skipIf(!hasOsc).each(COMMANDS.map((c) => [c.join(' '), c]))('%s', async (_label, args) => {
    const [mine, theirs] = await Promise.all([ours(home.dir, args), osc(args)]);
    expect([mine.code, mine.stdout, mine.stderr]).toEqual([theirs.code, theirs.stdout, theirs.stderr]);
    expect(mine.code).toBe(1);
  }, 60_000);
});
