import { execFile } from 'node:child_process';

export const REAL_KEYRING_HOWTO = 'bash scripts/with-keyring.sh npx vitest run spec/keyring';

/**
 * True when a session bus is set and org.freedesktop.secrets has an owner on it. Asks the bus
 * itself (NameHasOwner never starts a service), not the code under test.
 */
export function secretServiceAnswers(timeoutMs = 1500): Promise<boolean> {
  if (!process.env.DBUS_SESSION_BUS_ADDRESS) return Promise.resolve(false);
  return new Promise((resolvePromise) => {
    execFile('dbus-send', ['--session', '--print-reply=literal', '--dest=org.freedesktop.DBus', '/org/freedesktop/DBus',
      'org.freedesktop.DBus.NameHasOwner', 'string:org.freedesktop.secrets'], { timeout: timeoutMs }, (err, stdout) => {
      resolvePromise(!err && /\btrue\b/.test(stdout));
    });
  });
}
