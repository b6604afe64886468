import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildKeyringBundle, fixture } from './helpers/build-keyring.js';
import { runNode } from './helpers/run-node.js';
import { tempDir } from './helpers/states.js';

describe("keyring 'auto' with no D-Bus session at all", () => {
  let bundle: Awaited<ReturnType<typeof buildKeyringBundle>>;
  let base: Awaited<ReturnType<typeof tempDir>>;
  beforeAll(async () => {
    bundle = await buildKeyringBundle();
    base = await tempDir();
  });
  afterAll(async () => {
    await bundle?.cleanup();
    await base?.cleanup();
  });

  it('picks the file store within 2 s and says so at debug level', async () => {
    // No session bus address, no X11 to autolaunch one, and a runtime dir with no `bus` socket.
    const env: NodeJS.ProcessEnv = { ...process.env, DEBUG: 'stackclient:keyring', XDG_RUNTIME_DIR: base.dir, XDG_CONFIG_HOME: base.dir };
    delete env.DBUS_SESSION_BUS_ADDRESS;
    delete env.DISPLAY;
    delete env.WAYLAND_DISPLAY;
    const run = await runNode(fixture('resolve-auto.mjs'), [bundle.file, `${base.dir}/stackclient`, '1500'], env);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { name: string; dir: string; ms: number };
    expect(result.name).toBe('file');
    expect(result.dir).toBe(`${base.dir}/stackclient`);
    expect(result.ms).toBeLessThan(2000);
    expect(run.stderr).toMatch(/stackclient:keyring auto: .*using the file store/);
  });
});
