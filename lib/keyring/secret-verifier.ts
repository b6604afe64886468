import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * A salted scrypt hash of the secret that obtained a cached auth state (password, application-credential
 * secret, input token). The keyring keeps it in the entry instead of the secret, and uses the entry only
 * when the secret presented now hashes to the same value.
 */
export interface SecretVerifier {
  alg: 'scrypt';
  /** scrypt cost (a power of two), block size and parallelism. */
  N: number;
  r: number;
  p: number;
  /** base64 */
  salt: string;
  /** base64 */
  hash: string;
}

/**
 * N = 2^14, r = 8 (16 MiB): the interactive-login cost of the scrypt paper, and node's default. Measured on the
 * project's 2-core machine: 36 ms per hash uncontended (a cached load 38 ms in all, bench/keyring-load-cost.mjs);
 * 2^15 needs 94 ms at best, too close to the 100 ms a CLI start may spend. Runs on libuv's thread pool.
 */
export const VERIFIER_COST = { N: 2 ** 14, r: 8, p: 1 } as const;
const SALT_BYTES = 16;
const HASH_BYTES = 32;
/** Entries asking for less are refused (too cheap to guard the secret), or more (a crafted entry must not hang a load). */
const MIN_N = 2 ** 14;
const MAX_N = 2 ** 17;

function scryptHash(secret: string, salt: Buffer, cost: { N: number; r: number; p: number }): Promise<Buffer> {
  // scrypt needs 128 * N * r bytes; node's default maxmem (32 MiB) refuses N = 2^15 at r = 8.
  const options: ScryptOptions = { N: cost.N, r: cost.r, p: cost.p, maxmem: 256 * cost.N * cost.r * cost.p };
  return new Promise((resolve, reject) => {
    // The exact UTF-8 bytes, not a normalized form: Keystone compares what is sent.
    scrypt(Buffer.from(secret, 'utf8'), salt, HASH_BYTES, options, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

/** A new verifier of `secret` with a fresh random salt. */
export async function createVerifier(secret: string): Promise<SecretVerifier> {
  const salt = randomBytes(SALT_BYTES);
  const hash = await scryptHash(secret, salt, VERIFIER_COST);
  return { alg: 'scrypt', ...VERIFIER_COST, salt: salt.toString('base64'), hash: hash.toString('base64') };
}

/** True when `value` has the shape of a verifier this code accepts (cost within bounds). */
export function isSecretVerifier(value: unknown): value is SecretVerifier {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<SecretVerifier>;
  return v.alg === 'scrypt'
    && Number.isInteger(v.N) && v.N! >= MIN_N && v.N! <= MAX_N && (v.N! & (v.N! - 1)) === 0
    && Number.isInteger(v.r) && v.r! >= 1 && v.r! <= 16
    && Number.isInteger(v.p) && v.p! >= 1 && v.p! <= 4
    && typeof v.salt === 'string' && Buffer.from(v.salt, 'base64').length >= SALT_BYTES
    && typeof v.hash === 'string' && Buffer.from(v.hash, 'base64').length === HASH_BYTES;
}

/** True only when `verifier` is well formed and `secret` hashes to it (compared in constant time). */
export async function verifySecret(verifier: unknown, secret: string): Promise<boolean> {
  if (!isSecretVerifier(verifier)) return false;
  const expected = Buffer.from(verifier.hash, 'base64');
  const actual = await scryptHash(secret, Buffer.from(verifier.salt, 'base64'), verifier);
  return timingSafeEqual(actual, expected);
}
