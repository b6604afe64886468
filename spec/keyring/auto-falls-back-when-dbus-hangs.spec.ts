import { createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildKeyringBundle, fixture } from './helpers/build-keyring.js';
import { runNode } from './helpers/run-node.js';
import { tempDir } from './helpers/states.js';

describe("keyring 'auto' when the session bus accepts but never answers", () => {
  let bundle: Awaited<ReturnType<typeof buildKeyringBundle>>;
  let base: Awaited<ReturnType<typeof tempDir>>;
  let server: Server;
  const sockets = new Set<Socket>();
  let socketPath: string;

  beforeAll(async () => {
    bundle = await buildKeyringBundle();
    base = await tempDir();
    socketPath = join(base.dir, 'bus');
    // A real unix socket playing a hung dbus-daemon: it takes connections and stays silent.
    server = createServer((socket) => { sockets.add(socket); socket.on('close', () => sockets.delete(socket)); });
    await new Promise<void>((r) => server.listen(socketPath, r));
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
    await bundle?.cleanup();
    await base?.cleanup();
  });

  it('gives up at the probe bound and picks the file store', async () => {
    const env: NodeJS.ProcessEnv = {
      ...process.env, DEBUG: 'stackclient:keyring', DBUS_SESSION_BUS_ADDRESS: `unix:path=${socketPath}`,
      XDG_RUNTIME_DIR: base.dir, XDG_CONFIG_HOME: base.dir,
    };
    delete env.DISPLAY;
    const run = await runNode(fixture('resolve-auto.mjs'), [bundle.file, join(base.dir, 'stackclient'), '500'], env);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { name: string; ms: number };
    expect(result.name).toBe('file');
    expect(result.ms).toBeGreaterThanOrEqual(450);
    expect(result.ms).toBeLessThan(2000);
    expect(run.stderr).toMatch(/auto: the session bus did not answer within \d+ ms.*using the file store/);
  });
});
