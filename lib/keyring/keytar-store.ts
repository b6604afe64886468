import { describeError, keyringLog } from './debug-log.js';
import { OsKeyringStore, type OsKeyringStoreOptions, type SecretBackend } from './os-keyring-store.js';
import { KEYRING_SERVICE } from './store.js';

/** The part of keytar's API we use (typed here: keytar is an optional dependency). */
interface KeytarModule {
  getPassword(service: string, account: string): Promise<string | null>;
  setPassword(service: string, account: string, password: string): Promise<void>;
  deletePassword(service: string, account: string): Promise<boolean>;
}

let loading: Promise<KeytarModule | undefined> | undefined;

/** keytar, loaded once on first use; undefined when it is not installed or its native build is missing. */
export function loadKeytar(): Promise<KeytarModule | undefined> {
  loading ??= (async () => {
    // A variable specifier: keytar stays optional for the type checker and the bundler.
    const specifier = 'keytar';
    try {
      const mod = (await import(specifier)) as Partial<KeytarModule> & { default?: Partial<KeytarModule> };
      // keytar is CommonJS: the ESM namespace may carry only some names, the default export all of them.
      const api = [mod.default, mod].find(isKeytar);
      if (api) return api;
      keyringLog('keytar: loaded, but without the expected functions');
    } catch (err) {
      keyringLog('keytar: unavailable: %s', describeError(err));
    }
    return undefined;
  })();
  return loading;
}

/** An OS-keyring store through keytar, or undefined when keytar cannot be loaded. */
export async function createKeytarStore(options: OsKeyringStoreOptions = {}): Promise<OsKeyringStore | undefined> {
  const keytar = await loadKeytar();
  if (!keytar) return undefined;
  const backend: SecretBackend = {
    getPassword: (account) => keytar.getPassword(KEYRING_SERVICE, account),
    setPassword: (account, secret) => keytar.setPassword(KEYRING_SERVICE, account, secret),
    deletePassword: (account) => keytar.deletePassword(KEYRING_SERVICE, account),
  };
  return new OsKeyringStore('keytar', backend, options);
}

function isKeytar(value: Partial<KeytarModule> | undefined): value is KeytarModule {
  return value !== undefined && typeof value.getPassword === 'function' && typeof value.setPassword === 'function'
    && typeof value.deletePassword === 'function';
}
