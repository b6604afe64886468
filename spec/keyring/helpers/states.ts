import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AuthState } from '../../../lib/auth-plugin.js';

/** A token no other test or log could contain by chance. */
export function uniqueToken(label = 'tok'): string {
  return `${label}-${randomBytes(12).toString('hex')}`;
}

/** A plausible Keystone v3 state with the given token. */
export function makeState(token: string, expiresInMs = 3_600_000): AuthState {
  return {
    version: 1,
    plugin: 'testtoken',
    authUrl: 'http://127.0.0.1:5000/v3',
    method: 'password',
    identityVersion: 'v3',
    token,
    issuedAt: new Date().toISOString(),
    expiresAt: new Date(Date.now() + expiresInMs).toISOString(),
    scope: { project: { id: 'p1', name: 'demo' } },
    catalog: [{ type: 'compute', endpoints: [{ interface: 'public', url: 'http://127.0.0.1:8774/v2.1' }] }],
  };
}

/** A fresh directory, removed by the returned function. */
export async function tempDir(prefix = 'stackclient-keyring-'): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
