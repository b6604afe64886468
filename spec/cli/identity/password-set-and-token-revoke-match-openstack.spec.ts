import { expect, it } from 'vitest';
import { describeReal, realKeystone } from '../../real/helpers/real-keystone.js';
import { runCli } from '../helpers/cli.js';
import { hasOsc, OSC, osc, ours, parityFixture, uniqueName } from './parity.js';
import { execFile } from 'node:child_process';

/** `tool …args` as a user of our own, on project demo (osc without a scope says "The service catalog is empty."). */
function asUser(tool: 'osc' | 'ours', home: string, name: string, password: string, args: string[]) {
  const k = realKeystone()!;
  const env = { OS_AUTH_URL: k.authUrl, OS_USERNAME: name, OS_PASSWORD: password, OS_USER_DOMAIN_NAME: 'Default', OS_IDENTITY_API_VERSION: '3',
    OS_PROJECT_NAME: k.demo.projectName, OS_PROJECT_DOMAIN_NAME: 'Default' };
  if (tool === 'ours') return runCli(['--no-keyring', ...args], home, { env, timeoutMs: 60_000 });
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    execFile(OSC, args, { env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', ...env }, timeout: 60_000 },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }));
  });
}

describeReal('user password set and token revoke do what openstack does', () => {
  const { home, made } = parityFixture();

  it.skipIf(!hasOsc)('user password set: each tool changes its own user\'s password; the new one authenticates, the old one no more', async () => {
    const users = { osc: uniqueName('pwuser'), ours: uniqueName('pwuser') };
    for (const u of Object.values(users)) {
      made.push(['user', 'delete', u]);
      expect((await ours(home.dir, ['user', 'create', u, '--password', 'old-pass-parity'])).code).toBe(0);
      expect((await ours(home.dir, ['role', 'add', 'member', '--user', u, '--project', 'demo'])).code).toBe(0);
    }
    const changed = await Promise.all((['osc', 'ours'] as const).map((t) =>
      asUser(t, home.dir, users[t], 'old-pass-parity',
        ['user', 'password', 'set', '--original-password', 'old-pass-parity', '--password', 'new-pass-parity'])));
    expect(changed.map((r) => [r.code, r.stdout])).toEqual([[0, ''], [0, '']]);
    // Keystone revokes the user's tokens issued in the same second: wait for the next one.
    await new Promise((r) => setTimeout(r, 1100));
    for (const t of ['osc', 'ours'] as const) {
      expect((await asUser('ours', home.dir, users[t], 'new-pass-parity', ['token', 'issue', '-f', 'json'])).code).toBe(0);
      expect((await asUser('ours', home.dir, users[t], 'old-pass-parity', ['token', 'issue'])).code).toBe(1);
    }
    // Without the passwords: no prompt, exit 1 (osc with no terminal says it found no password, too).
    const missing = await asUser('ours', home.dir, users.ours, 'new-pass-parity', ['user', 'password', 'set', '--password', 'x']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('No password entered');
  }, 180_000);

  it.skipIf(!hasOsc)('token revoke: a token revoked by either tool is refused by Keystone; revoking it again exits 1 in both', async () => {
    const issue = async () => (await osc(['token', 'issue', '-f', 'value', '-c', 'id'])).stdout.trim();
    const [t1, t2] = [await issue(), await issue()];
    const revoked = await Promise.all([osc(['token', 'revoke', t1]), ours(home.dir, ['token', 'revoke', t2])]);
    expect(revoked.map((r) => [r.code, r.stdout])).toEqual([[0, ''], [0, '']]);
    const again = await Promise.all([osc(['token', 'revoke', t2]), ours(home.dir, ['token', 'revoke', t1])]);
    expect(again.map((r) => r.code)).toEqual([1, 1]);
    expect(again[1].stderr).toContain('HTTP 404: Failed to validate token');
    expect(again[1].stderr).not.toContain(t1);
  }, 120_000);
});
