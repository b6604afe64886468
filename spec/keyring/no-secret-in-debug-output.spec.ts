import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FallbackStore, FileStore, MemoryStore, OsKeyringStore, forgetAuth, loadCachedAuth, saveAuth, type AuthStateStore } from '../../lib/keyring/index.js';
import { captureDebug } from './helpers/capture-debug.js';
import { ScriptedBackend } from './helpers/scripted-backend.js';
import { tempDir } from './helpers/states.js';
import { CachingTestPlugin } from './helpers/test-plugin.js';

describe('a cached token never appears in the keyring debug output', () => {
  let base: Awaited<ReturnType<typeof tempDir>>;
  beforeEach(async () => { base = await tempDir(); });
  afterEach(async () => { await base.cleanup(); });

  it('through save, load, expiry, failure, fallback and a corrupt file holding the token', async () => {
    // Starts with a letter no JSON value starts with: V8's JSON.parse message then quotes the text's start.
    const token = `x${randomBytes(24).toString('hex')}`;
    const failing = new ScriptedBackend();
    failing.mode = 'locked';
    const file = new FileStore({ dir: base.dir });
    const stores: AuthStateStore[] = [new MemoryStore(), file, new FallbackStore(new OsKeyringStore('scripted', failing, { timeoutMs: 100 }), file)];

    const lines = await captureDebug(async () => {
      for (const store of stores) {
        const writer = new CachingTestPlugin({ authUrl: 'http://127.0.0.1:5000/v3', user: 'alice', project: 'demo', nextToken: token });
        await writer.authenticate();
        await saveAuth(store, writer);
        const reader = new CachingTestPlugin({ authUrl: 'http://127.0.0.1:5000/v3', user: 'alice', project: 'demo', nextToken: 'x' });
        expect(await loadCachedAuth(store, reader)).toBe(true);
        expect(await loadCachedAuth(store, reader, Date.now() + 2 * 3_600_000)).toBe(false);
        await forgetAuth(store, reader);
      }
      // Files holding the token that JSON.parse rejects: a torn entry, and a bare token another tool wrote.
      for (const text of [`{"format":"stackclient-auth-state","state":{"token":"${token}"`, token]) {
        await writeFile(file.pathFor('corrupt-key'), text, { mode: 0o600 });
        expect(await file.get('corrupt-key')).toBeUndefined();
      }
    });

    expect(lines.length).toBeGreaterThan(10);
    expect(lines.join('\n')).toContain('stackclient:keyring');
    // Not even a fragment: every 8-character window of the token is absent.
    const output = lines.join('\n');
    for (let i = 0; i + 8 <= token.length; i++) expect(output).not.toContain(token.slice(i, i + 8));
  });
});
