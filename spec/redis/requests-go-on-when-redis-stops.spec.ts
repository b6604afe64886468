import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { repoRoot } from '../keyring/helpers/build-keyring.js';
import { describeWithRedis, useFleetSuite } from './helpers/fleet.js';

const run = promisify(execFile);
const FLEET = 10;

describeWithRedis('Redis stops in the middle of a run', () => {
  const suite = useFleetSuite();
  // A Redis of this spec's own (scripts/real-redis), since it is stopped.
  let dir = '';
  let url = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'stackclient-redis-stop-'));
    const { stdout } = await run('bash', [join(repoRoot, 'scripts/real-redis/start.sh'), dir]);
    url = /REDIS_URL='([^']+)'/.exec(stdout)![1]!;
  });
  afterAll(async () => {
    await run('bash', [join(repoRoot, 'scripts/real-redis/stop.sh'), dir]).catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  });

  it('requests go on: after a revocation each process re-authenticates by itself, without waiting long', async () => {
    const fleet = Array.from({ length: FLEET }, () => suite.spawn({ store: { url }, rounds: 2 }));
    const first = await Promise.all(fleet.map((c) => c.next(60_000)));
    expect(first.every((r) => r.status === 200)).toBe(true);
    expect(suite.cloud.authCount()).toBe(1);

    await run('bash', [join(repoRoot, 'scripts/real-redis/stop.sh'), dir]);
    suite.cloud.revokeAllTokens();
    const wentAt = Date.now();
    for (const child of fleet) child.go();
    const second = await Promise.all(fleet.map((c) => c.next(60_000)));
    const allAnsweredMs = Date.now() - wentAt;

    expect(second.map((r) => r.error).filter(Boolean)).toEqual([]);
    expect(second.every((r) => r.status === 200)).toBe(true);
    expect(suite.cloud.authCount()).toBe(1 + FLEET);
    for (const child of fleet) expect(child.stderr).toMatch(/redis: unavailable after \d+ ms .*; authenticating by itself/);
    // A refused connection fails at once; the bound of a slow one (500 ms a command) is not even needed here.
    expect(allAnsweredMs).toBeLessThan(5_000);
  }, 120_000);
});
