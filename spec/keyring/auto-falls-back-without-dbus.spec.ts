import { describe, expect, it } from 'vitest';
import { fixture } from './helpers/build-keyring.js';
import { useBundleSuite } from './helpers/suite.js';
import { runNode } from './helpers/run-node.js';

describe("keyring 'auto' with no D-Bus session at all", () => {
  const suite = useBundleSuite();

  it('picks the file store within 2 s and says so at debug level', async () => {
    // No session bus address, no X11 to autolaunch one, and a runtime dir with no `bus` socket.
    const env: NodeJS.ProcessEnv = { ...process.env, DEBUG: 'stackclient:keyring', XDG_RUNTIME_DIR: suite.base.dir, XDG_CONFIG_HOME: suite.base.dir };
    delete env.DBUS_SESSION_BUS_ADDRESS;
    delete env.DISPLAY;
    delete env.WAYLAND_DISPLAY;
    const run = await runNode(fixture('resolve-auto.mjs'), [suite.bundle.file, `${suite.base.dir}/stackclient`, '1500'], env);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { name: string; dir: string; ms: number };
    expect(result.name).toBe('file');
    expect(result.dir).toBe(`${suite.base.dir}/stackclient`);
    expect(result.ms).toBeLessThan(2000);
    expect(run.stderr).toMatch(/stackclient:keyring auto: .*using the file store/);
  });
});
