import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { AuthState } from '../../auth-plugin.js';
import { AuthorizationFailure } from '../../errors/framework-errors.js';
import { describeError, keyringLog } from '../debug-log.js';
import type { SharedAuthRequest } from '../store.js';
import type { RedisCommands } from './redis-connection.js';
import { openEntry, sealEntry, tokenHash } from './sealed-entry.js';

/** Frees the lock only for its owner: a holder whose lock expired and was taken over never frees the new one. */
const RELEASE_LOCK = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0";
/** Extends the lock only for its owner: a live holder keeps it through a slow authentication, a dead one stops. */
const RENEW_LOCK = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end return 0";
/** Deletes the entry only while it holds the token that failed (its clear `th`): one fleet-wide re-authentication. */
const DELETE_IF_TOKEN = [
  "local v = redis.call('GET', KEYS[1]) if not v then return 0 end",
  'local ok, e = pcall(cjson.decode, v)',
  "if ok and type(e) == 'table' and e.th == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0",
].join('\n');

export interface FleetTiming {
  /** How long a lock lives: a holder that dies frees it after this. */
  lockTtlMs: number;
  /** How long a process waits for another's entry before it authenticates by itself. */
  waitTimeoutMs: number;
  /** Entry lifetime when the token states no expiry. */
  entryTtlMs: number;
  /** How long a refusal of the credentials (401) is the answer for every process presenting the same ones. */
  refusedTtlMs: number;
}

export interface FleetKeys { entry: string; lock: string; refused: string; account: string }

/** What a refusal marker holds (sealed like an entry, so only the same credentials can read it). */
const REFUSED_PLUGIN = 'stackclient-refused';

/** A Redis failure before authentication: the caller authenticates by itself. */
class RedisUnavailable extends Error {}

/**
 * Cross-process single-flight (issue 16): adopt the shared entry when it opens with our secret and is valid; else take
 * the lock (SET NX PX, random owner), authenticate, publish the sealed entry with a TTL that follows the token's expiry,
 * and free the lock (Lua compare-and-delete); the holder renews the lock every third of its TTL while it
 * authenticates, so only a dead holder loses it (after at most one TTL). Processes that find the lock taken poll for the entry with jitter (20 to
 * 60 ms; Redis answers a GET in well under a millisecond on a LAN), until `waitTimeoutMs`. A Redis error before
 * authentication ends in a local authentication, logged at debug level; one after it only loses the sharing.
 */
export async function coordinateAuth(redis: RedisCommands, keys: FleetKeys, req: SharedAuthRequest, timing: FleetTiming): Promise<void> {
  const secret = req.secret;
  if (secret === undefined) {
    keyringLog('redis: the plugin has no secret to encrypt entry %s under; authenticating without sharing', keys.account);
    await req.authenticate();
    return;
  }
  const started = Date.now();
  const failed = req.reason === 'unauthorized' ? tokenHash(req.failedToken) : undefined;
  const call = <T>(op: () => Promise<T>): Promise<T> => op().catch((err: unknown) => { throw new RedisUnavailable(describeError(err)); });
  const tryAdopt = async (): Promise<boolean> => {
    const text = await call(() => redis.get(keys.entry));
    if (text === null) return false;
    const opened = await openEntry(keys.account, secret, text);
    if (!opened.ok) {
      keyringLog('redis: entry %s %s; not used', keys.account, opened.problem);
      return false;
    }
    if (failed !== undefined && tokenHash(opened.state.token) === failed) return false;
    if (!req.adopt(opened.state)) {
      keyringLog('redis: entry %s does not fit the plugin or is about to expire; not used', keys.account);
      return false;
    }
    keyringLog('redis: using shared auth %s (after %d ms)', keys.account, Date.now() - started);
    return true;
  };
  const authenticateAndPublish = async (why: string): Promise<void> => {
    keyringLog('redis: %s; authenticating for %s', why, keys.account);
    const state = await req.authenticate().catch(async (err: unknown) => {
      if ((err as { status?: unknown }).status === 401) await markRefused(redis, keys, secret, timing);
      throw err;
    });
    if (!state) return;
    await publish(redis, keys, secret, state, timing).catch((err: unknown) => keyringLog('redis: publishing %s failed: %s', keys.account, describeError(err)));
  };

  try {
    if (failed !== undefined && failed !== '') {
      const deleted = await call(() => redis.evalScript(DELETE_IF_TOKEN, [keys.entry], [failed]));
      keyringLog('redis: entry %s %s', keys.account, deleted === 1 ? 'held the token that failed; deleted' : 'no longer holds the token that failed');
    }
    let adoptAllowed = req.reason !== 'fresh';
    let waiting = false;
    for (;;) {
      if (adoptAllowed && (await tryAdopt())) return;
      await failIfRefused(redis, keys, secret, started);
      const owner = randomUUID();
      if (await call(() => redis.setNxPx(keys.lock, owner, timing.lockTtlMs))) {
        const renew = setInterval(() => {
          redis.evalScript(RENEW_LOCK, [keys.lock], [owner, String(timing.lockTtlMs)]).catch(() => undefined);
        }, timing.lockTtlMs / 3);
        renew.unref();
        try {
          // Someone may have published, or been refused (the marker is set before that lock is freed), since our GETs.
          if (adoptAllowed && (await tryAdopt())) return;
          await failIfRefused(redis, keys, secret, started);
          await authenticateAndPublish('lock taken');
        } finally {
          clearInterval(renew);
          await redis.evalScript(RELEASE_LOCK, [keys.lock], [owner])
            .catch((err: unknown) => keyringLog('redis: releasing lock %s failed: %s', keys.account, describeError(err)));
        }
        return;
      }
      // Another process is authenticating; what it publishes is fresh enough for a 'fresh' request too.
      if (!waiting) keyringLog('redis: another process holds the lock for %s; waiting for its entry', keys.account);
      waiting = true;
      adoptAllowed = true;
      if (Date.now() - started >= timing.waitTimeoutMs) {
        await authenticateAndPublish(`no entry after waiting ${Date.now() - started} ms`);
        return;
      }
      await sleep(20 + Math.random() * 40);
    }
  } catch (err) {
    if (!(err instanceof RedisUnavailable)) throw err;
    keyringLog('redis: unavailable after %d ms (%s); authenticating by itself', Date.now() - started, err.message);
    await req.authenticate();
  }
}

/**
 * After Keystone refused the credentials, the others presenting the same ones fail at once instead of each asking in
 * turn: a fleet with a wrong password must not lock the account (Keystone's lockout counts failed attempts).
 */
async function markRefused(redis: RedisCommands, keys: FleetKeys, secret: string, timing: FleetTiming): Promise<void> {
  const marker: AuthState = { version: 1, plugin: REFUSED_PLUGIN, issuedAt: new Date().toISOString() };
  await redis.setPx(keys.refused, await sealEntry(keys.account, secret, marker), timing.refusedTtlMs)
    .then(() => keyringLog('redis: the credentials of %s were refused; the others presenting them will not ask for %d ms', keys.account, timing.refusedTtlMs))
    .catch((err: unknown) => keyringLog('redis: marking %s refused failed: %s', keys.account, describeError(err)));
}

async function failIfRefused(redis: RedisCommands, keys: FleetKeys, secret: string, started: number): Promise<void> {
  const text = await redis.get(keys.refused).catch((err: unknown) => { throw new RedisUnavailable(describeError(err)); });
  if (text === null) return;
  const opened = await openEntry(keys.account, secret, text);
  if (!opened.ok || opened.state.plugin !== REFUSED_PLUGIN) return;
  const ago = Math.max(0, started - Date.parse(opened.state.issuedAt ?? ''));
  throw new AuthorizationFailure(
    `Keystone refused these credentials (401) ${Number.isNaN(ago) ? 'moments' : `${Math.round(ago / 1000)} s`} ago, to another process `
    + 'sharing this token store; not asking again while that answer stands. Check the password (or secret), user and domain.',
    { status: 401 },
  );
}

async function publish(redis: RedisCommands, keys: FleetKeys, secret: string, state: AuthState, timing: FleetTiming): Promise<void> {
  const expires = state.expiresAt === undefined ? Number.NaN : Date.parse(state.expiresAt);
  const ttl = Number.isNaN(expires) ? timing.entryTtlMs : expires - Date.now();
  if (ttl <= 0) return;
  await redis.setPx(keys.entry, await sealEntry(keys.account, secret, state), ttl);
  keyringLog('redis: published auth %s (expires in %d s)', keys.account, Math.round(ttl / 1000));
}
