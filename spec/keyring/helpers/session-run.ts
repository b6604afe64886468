import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fixture } from './build-keyring.js';
import { runNode } from './run-node.js';

export interface ChildResult { status: number; authPosts: number; backend?: string; error?: string; stderr: string }

/** Runs fixtures/session-child.mjs once: a new process, its own session, the shared keyring. */
export async function runSessionChild(opts: {
  bundle: string; keyring: string; auth: Record<string, unknown>; configHome: string;
  serviceType: string; path: string; region?: string; then?: 'revoke';
}): Promise<ChildResult> {
  const env: NodeJS.ProcessEnv = {
    ...process.env, DEBUG: 'stackclient:*', XDG_CONFIG_HOME: opts.configHome,
    CHILD_AUTH: JSON.stringify(opts.auth), CHILD_REGION: opts.region ?? 'RegionOne',
  };
  const run = await runNode(fixture('session-child.mjs'), [opts.bundle, opts.keyring, opts.serviceType, opts.path, ...(opts.then ? [opts.then] : [])], env);
  if (run.code !== 0) throw new Error(`session child exited with ${run.code}: ${run.stderr.slice(-2000)}`);
  return { ...(JSON.parse(run.stdout) as Omit<ChildResult, 'stderr'>), stderr: run.stderr };
}

/** The tokens in the file store under `configHome` (one entry per cache key). */
export async function fileStoreTokens(configHome: string): Promise<string[]> {
  const dir = join(configHome, 'stackclient');
  const names = await readdir(dir).catch(() => [] as string[]);
  const tokens: string[] = [];
  for (const name of names.filter((n) => n.endsWith('.json'))) {
    const entry = JSON.parse(await readFile(join(dir, name), 'utf8')) as { state?: { token?: string } };
    if (entry.state?.token) tokens.push(entry.state.token);
  }
  return tokens;
}
