import type { AuthPlugin, AuthState } from '../auth-plugin.js';
import { createVerifier, verifySecret, type SecretVerifier } from './secret-verifier.js';

/**
 * Binds cached auth to the secret that obtained it (keystoneauth1 puts the secret into its cache id; we keep a
 * salted scrypt verifier instead, so the entry never holds the secret). One verifier per plugin and secret is
 * remembered in memory, so a save after a verified load or a re-authentication costs no second hash.
 */
const remembered = new WeakMap<AuthPlugin, { secret: string; verifier: SecretVerifier }>();

/** How a cached state relates to the secret the plugin presents now. */
export type SecretCheck = 'unbound' | 'match' | 'mismatch';

/**
 * 'unbound': the plugin has no secret to bind (the state is judged on its key alone);
 * 'match': the state's verifier matches the plugin's secret; 'mismatch': it does not, or the state carries none.
 */
export async function checkSecret(plugin: AuthPlugin, state: AuthState): Promise<SecretCheck> {
  const secret = plugin.bindingSecret?.();
  if (secret === undefined) return 'unbound';
  const known = remembered.get(plugin);
  if (known && known.secret === secret && sameVerifier(known.verifier, state.binding)) return 'match';
  if (!(await verifySecret(state.binding, secret))) return 'mismatch';
  remembered.set(plugin, { secret, verifier: state.binding! });
  return 'match';
}

/** The state to store: the plugin's export plus the verifier of its secret (none when it has no secret). */
export async function bindState(plugin: AuthPlugin, state: AuthState): Promise<AuthState> {
  const plain = { ...state };
  delete plain.binding;
  const secret = plugin.bindingSecret?.();
  if (secret === undefined) return plain;
  let known = remembered.get(plugin);
  if (!known || known.secret !== secret) {
    known = { secret, verifier: await createVerifier(secret) };
    remembered.set(plugin, known);
  }
  return { ...plain, binding: known.verifier };
}

function sameVerifier(a: SecretVerifier, b: unknown): boolean {
  const v = b as Partial<SecretVerifier> | undefined;
  return v !== undefined && v !== null && a.N === v.N && a.r === v.r && a.p === v.p && a.salt === v.salt && a.hash === v.hash;
}
