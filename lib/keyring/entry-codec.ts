import type { AuthState } from '../auth-plugin.js';
import { isSecretVerifier } from './secret-verifier.js';

/** Marks our entries, so a file or keyring item written by something else is never taken for one. */
const FORMAT = 'stackclient-auth-state';
const ENTRY_VERSION = 1;

interface StoredEntry {
  format: typeof FORMAT;
  version: typeof ENTRY_VERSION;
  cacheKey: string;
  savedAt: string;
  state: AuthState;
}

export type DecodeResult = { ok: true; state: AuthState } | { ok: false; problem: string };

/** The text stored for one entry. It records the cache key, so a mismatched entry is never used. */
export function encodeEntry(cacheKey: string, state: AuthState): string {
  const entry: StoredEntry = { format: FORMAT, version: ENTRY_VERSION, cacheKey, savedAt: new Date().toISOString(), state };
  return JSON.stringify(entry);
}

/**
 * Reads stored text back. `problem` is safe for a debug line: it never quotes the text
 * (JSON.parse's own message does, and the text holds a token).
 */
export function decodeEntry(cacheKey: string, text: string): DecodeResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not valid JSON' };
  }
  if (!isRecord(parsed) || parsed.format !== FORMAT) return { ok: false, problem: 'not a stackclient auth-state entry' };
  if (parsed.version !== ENTRY_VERSION) return { ok: false, problem: 'entry has an unsupported version' };
  if (parsed.cacheKey !== cacheKey) return { ok: false, problem: 'entry belongs to another cache key' };
  const state = parsed.state;
  if (!isRecord(state) || state.version !== 1 || typeof state.plugin !== 'string') {
    return { ok: false, problem: 'entry holds no valid auth state' };
  }
  if (state.binding !== undefined && !isSecretVerifier(state.binding)) return { ok: false, problem: 'entry has a malformed secret verifier' };
  return { ok: true, state: state as unknown as AuthState };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
