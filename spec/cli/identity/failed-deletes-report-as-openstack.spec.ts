import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeReal } from '../../real/helpers/real-keystone.js';
import { ensureBuilt, tempHome } from '../helpers/cli.js';
import { hasOsc, osc, ours } from './parity.js';

// A delete of something that does not exist: osc's line for the item, then its "1 of 1 … failed to delete.", exit 1.
const DELETES: string[][] = [
  ['domain', 'delete'], ['project', 'delete'], ['user', 'delete'], ['group', 'delete'], ['role', 'delete'], ['service', 'delete'],
  ['application', 'credential', 'delete'],
];

describeReal('a failed identity delete reports as openstack does', () => {
  const home = tempHome();
  beforeAll(ensureBuilt);
  afterAll(() => home.cleanup());

  it.skipIf(!hasOsc).each(DELETES.map((c) => [c.join(' '), c]))('%s of a name nothing has', async (_label, args) => {
    const missing = 'cli-identity-no-such-thing';
    const [mine, theirs] = await Promise.all([ours(home.dir, [...args, missing]), osc([...args, missing])]);
    expect([mine.code, mine.stdout, mine.stderr]).toEqual([theirs.code, theirs.stdout, theirs.stderr]);
    expect(mine.code).toBe(1);
  }, 60_000);
});
