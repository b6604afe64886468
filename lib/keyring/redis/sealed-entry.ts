import { createCipheriv, createDecipheriv, createHash, randomBytes, scrypt } from 'node:crypto';
import type { AuthState } from '../../auth-plugin.js';
import { decodeEntry, encodeEntry } from '../entry-codec.js';
import { VERIFIER_COST } from '../secret-verifier.js';

/**
 * One Redis entry: the keyring's entry text (entry-codec.ts) under AES-256-GCM, with a key derived by scrypt from
 * the plugin's secret and a per-entry salt, and the hashed cache key as associated data (an entry copied under
 * another key does not open). Only `th`, the sha256 of the token, is in the clear: the Lua compare-and-delete after
 * a 401 reads it, and it is no use to a reader (a token cannot be recovered from it).
 */
export interface SealedEntry {
  v: 1;
  /** sha256 hex of the token the entry holds ('' when it holds none). */
  th: string;
  /** base64: scrypt salt, GCM nonce, GCM tag, ciphertext. */
  salt: string;
  iv: string;
  tag: string;
  ct: string;
}

/** The hash the clear `th` field and the compare-and-delete use. */
export function tokenHash(token: string | undefined): string {
  return token === undefined ? '' : createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Derived keys by secret hash and salt: each process derives a published entry's key once (scrypt is ~36 ms). */
const derived = new Map<string, Promise<Buffer>>();
const DERIVED_LIMIT = 32;

/** `remember`: keep the key for later opens of this entry (a sealing process holds the token already, and forgets it). */
function deriveKey(secret: string, salt: Buffer, remember: boolean): Promise<Buffer> {
  const id = `${tokenHash(secret)}:${salt.toString('base64')}`;
  let key = derived.get(id);
  if (!key) {
    key = new Promise<Buffer>((resolve, reject) => {
      scrypt(secret, salt, 32, { ...VERIFIER_COST, maxmem: 64 * 1024 * 1024 }, (err, out) => (err ? reject(err) : resolve(out)));
    });
    if (remember) derived.set(id, key);
    if (derived.size > DERIVED_LIMIT) derived.delete(derived.keys().next().value!);
  }
  return key;
}

/** Seals `state` for `cacheKey` under `secret`; the text to store. */
export async function sealEntry(cacheKey: string, secret: string, state: AuthState): Promise<string> {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const key = await deriveKey(secret, salt, false);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(tokenHash(cacheKey), 'utf8'));
  const plain = { ...state };
  delete plain.binding;
  const ct = Buffer.concat([cipher.update(encodeEntry(cacheKey, plain), 'utf8'), cipher.final()]);
  const entry: SealedEntry = {
    v: 1, th: tokenHash(plain.token), salt: salt.toString('base64'), iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'), ct: ct.toString('base64'),
  };
  return JSON.stringify(entry);
}

export type OpenResult = { ok: true; state: AuthState } | { ok: false; problem: string };

/**
 * Opens stored text. `problem` is safe for a debug line. A wrong secret (or a tampered entry) fails GCM's tag check:
 * 'cannot be decrypted with the secret presented'.
 */
export async function openEntry(cacheKey: string, secret: string, text: string): Promise<OpenResult> {
  const entry = parseSealed(text);
  if (!entry) return { ok: false, problem: 'not a sealed stackclient entry' };
  let plain: string;
  try {
    const key = await deriveKey(secret, Buffer.from(entry.salt, 'base64'), true);
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(entry.iv, 'base64'));
    decipher.setAAD(Buffer.from(tokenHash(cacheKey), 'utf8'));
    decipher.setAuthTag(Buffer.from(entry.tag, 'base64'));
    plain = Buffer.concat([decipher.update(Buffer.from(entry.ct, 'base64')), decipher.final()]).toString('utf8');
  } catch {
    return { ok: false, problem: 'cannot be decrypted with the secret presented' };
  }
  const decoded = decodeEntry(cacheKey, plain);
  return decoded.ok ? { ok: true, state: decoded.state } : decoded;
}

function parseSealed(text: string): SealedEntry | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  const e = parsed as Partial<SealedEntry> | null;
  if (typeof e !== 'object' || e === null || e.v !== 1) return undefined;
  const fields = [e.th, e.salt, e.iv, e.tag, e.ct];
  if (!fields.every((f) => typeof f === 'string')) return undefined;
  if (Buffer.from(e.tag!, 'base64').length !== 16 || Buffer.from(e.iv!, 'base64').length !== 12) return undefined;
  return e as SealedEntry;
}
