import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { startFakeCloud, type FakeCloud } from '../../../lib/testing/index.js';
import { buildRedisSessionBundle, fixture, type Bundle } from '../../keyring/helpers/build-keyring.js';

/** The real Redis scripts/test-all.sh starts (scripts/real-redis/start.sh); unset: the Redis specs skip. */
export const redisUrl = process.env.REDIS_URL;

/** describe() when a real Redis is there; otherwise a skipped suite whose title says how to get one. */
export function describeWithRedis(title: string, fn: () => void): void {
  // scripts/test-all.sh promises a Redis: its absence then is a failure, not a skip.
  if (!redisUrl && process.env.STACKCLIENT_REAL_REDIS === '1') throw new Error('STACKCLIENT_REAL_REDIS=1 but REDIS_URL is not set');
  if (redisUrl) describe(title, fn);
  else describe.skip(`${title} [skipped: no real Redis; set REDIS_URL, e.g. eval "$(scripts/real-redis/start.sh /tmp/rd)", or run npm test]`, fn);
}

export interface RoundResult { round: number; status: number; error?: string; authPosts: number; ms: number; token?: string }

/** One fleet worker (fixtures/fleet-child.mjs): its JSON lines, a way to start its next round, and kill(). */
export class FleetChild {
  readonly process: ChildProcess;
  readonly #lines: string[] = [];
  readonly #waiters: ((line: string | undefined) => void)[] = [];
  stderr = '';
  #closed = false;

  constructor(bundle: string, env: NodeJS.ProcessEnv) {
    this.process = spawn(process.execPath, [fixture('../../redis/fixtures/fleet-child.mjs'), bundle], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    this.process.stderr!.on('data', (d: Buffer) => { this.stderr += d.toString(); });
    createInterface({ input: this.process.stdout! }).on('line', (line) => {
      const waiter = this.#waiters.shift();
      if (waiter) waiter(line); else this.#lines.push(line);
    });
    this.process.on('close', () => {
      this.#closed = true;
      for (const w of this.#waiters.splice(0)) w(undefined);
    });
  }

  /** The next round's result; rejects when the child exits first or after `timeoutMs`. */
  next(timeoutMs = 60_000): Promise<RoundResult> {
    const line = this.#lines.shift();
    if (line !== undefined) return Promise.resolve(JSON.parse(line) as RoundResult);
    if (this.#closed) return Promise.reject(new Error(`fleet child exited: ${this.stderr.slice(-1500)}`));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`fleet child gave no result in ${timeoutMs} ms: ${this.stderr.slice(-1500)}`)), timeoutMs);
      this.#waiters.push((l) => {
        clearTimeout(timer);
        if (l === undefined) reject(new Error(`fleet child exited: ${this.stderr.slice(-1500)}`));
        else resolve(JSON.parse(l) as RoundResult);
      });
    });
  }

  /** Starts the child's next round. */
  go(): void {
    this.process.stdin!.write('go\n');
  }

  kill(): void {
    if (!this.#closed) this.process.kill('SIGKILL');
  }
}

export interface FleetSuite {
  bundle: Bundle;
  cloud: FakeCloud;
  /** A key prefix of this suite's own, so suites sharing one Redis never meet. */
  keyPrefix: string;
  children: FleetChild[];
  /** Starts one worker with the cloud's demo credentials (or `auth`) and RedisStore `store` options (null: none). */
  spawn(opts?: { store?: Record<string, unknown> | null; auth?: Record<string, unknown>; rounds?: number; printToken?: boolean; debug?: boolean }): FleetChild;
}

/** Bundle, fake cloud and a fresh key prefix made in beforeAll; every child killed and everything closed in afterAll. */
export function useFleetSuite(): FleetSuite {
  const suite = { children: [] as FleetChild[], keyPrefix: `spec-${randomBytes(4).toString('hex')}:` } as FleetSuite;
  beforeAll(async () => {
    const [bundle, cloud] = await Promise.all([buildRedisSessionBundle(), startFakeCloud()]);
    Object.assign(suite, { bundle, cloud });
  }, 60_000);
  afterAll(async () => {
    for (const child of suite.children) child.kill();
    await suite.cloud?.close();
    await suite.bundle?.cleanup();
  });
  suite.spawn = (opts = {}) => {
    const store = opts.store === null ? null : { url: redisUrl, keyPrefix: suite.keyPrefix, ...opts.store };
    const env: NodeJS.ProcessEnv = {
      ...process.env, CHILD_AUTH: JSON.stringify(opts.auth ?? suite.cloud.passwordAuth()), CHILD_STORE: JSON.stringify(store),
      CHILD_ROUNDS: String(opts.rounds ?? 1), CHILD_PRINT_TOKEN: opts.printToken ? '1' : '0',
      ...(opts.debug === false ? { DEBUG: '' } : { DEBUG: 'stackclient:keyring', DEBUG_HIDE_DATE: '1' }),
    };
    const child = new FleetChild(suite.bundle.file, env);
    suite.children.push(child);
    return child;
  };
  return suite;
}

/**
 * `size` workers on `url` authenticate once together; then `disrupt` (Redis stopped, hung…) and a revocation, and every
 * worker asks again: what each answered the second time, and how long until all had answered.
 */
export async function fleetThroughAnOutage(suite: FleetSuite, url: string, size: number, disrupt: () => unknown) {
  const fleet = Array.from({ length: size }, () => suite.spawn({ store: { url }, rounds: 2 }));
  const first = await Promise.all(fleet.map((c) => c.next(60_000)));
  expect(first.every((r) => r.status === 200)).toBe(true);
  expect(suite.cloud.authCount()).toBe(1);
  await disrupt();
  suite.cloud.revokeAllTokens();
  const wentAt = Date.now();
  for (const child of fleet) child.go();
  const second = await Promise.all(fleet.map((c) => c.next(60_000)));
  return { fleet, second, allAnsweredMs: Date.now() - wentAt };
}
