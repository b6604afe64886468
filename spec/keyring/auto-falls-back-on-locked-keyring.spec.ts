import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, repoRoot } from './helpers/build-keyring.js';
import { useBundleSuite } from './helpers/suite.js';
import { uniqueToken } from './helpers/states.js';

const tools = ['dbus-run-session', 'dbus-send', 'gnome-keyring-daemon'];
const haveTools = tools.every((tool) => {
  try { execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' }); return true; } catch { return false; }
});
if (!haveTools) console.log(`[spec/keyring] locked-keyring test skipped: needs ${tools.join(', ')} (apt-get install dbus gnome-keyring)`);

// Runs in its own private bus and keyring (scripts/with-keyring.sh), since it locks the collection.
(haveTools ? describe : describe.skip)('a real gnome-keyring collection locked after startup', () => {
  const suite = useBundleSuite();

  it('the first write degrades to the file store, and the next auto picks the file store at once', () => {
    const token = uniqueToken();
    const dir = join(suite.base.dir, 'stackclient');
    const script = join(repoRoot, 'scripts/with-keyring.sh');
    const out = execFileSync('bash', [script, process.execPath, fixture('lock-then-save.mjs'), suite.bundle.file, dir, token], {
      encoding: 'utf8', timeout: 30_000, stdio: ['ignore', 'pipe', 'ignore'], env: { ...process.env, DEBUG: '' },
    });
    const result = JSON.parse(out.trim().split('\n').pop() ?? '{}') as Record<string, unknown>;
    expect(result).toMatchObject({ before: 'keytar', after: 'file', readBack: true, inFile: true, nextAuto: 'file' });
    expect(result.setMs).toBeLessThan(5000);
  });
});
