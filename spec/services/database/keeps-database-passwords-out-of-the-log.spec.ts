import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { captureDebug, expectNoSecrets } from '../../helpers/capture-debug.js';
import { troveSession, type TroveSession } from './helpers.js';

describe('database user passwords in the curl log', () => {
  let s: TroveSession;
  beforeEach(async () => {
    s = await troveSession();
  });
  afterEach(() => s.close());

  it('never shows the passwords of users created with an instance, on one, or changed', async () => {
    const secrets = ['first-pass-Q1', 'second-pass-Q2', 'third-pass-Q3'];
    const log = await captureDebug(async () => {
      const inst = await s.db.instances.create({
        name: 'logged', flavor: '1', volume: { size: 1 }, users: [{ name: 'boot', password: secrets[0]! }],
      });
      s.finish();
      await s.db.users.create(inst, [{ name: 'later', password: secrets[1]! }]);
      await s.db.users.update(inst, 'later', { password: secrets[2]! });
    });
    expect(log).toMatch(/curl .*-X POST .*\/instances/);
    expect(log).toMatch(/-X PUT .*\/users\/later/);
    expectNoSecrets(log, secrets);
  });
});
