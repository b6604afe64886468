import { describeError, keyringLog } from './debug-log.js';
import { OsKeyringStore, type OsKeyringStoreOptions, type SecretBackend } from './os-keyring-store.js';
import { KEYRING_SERVICE } from './store.js';

type EntryOptions = { linux?: { store?: 'secret-service' | 'keyutils' } };

/** The part of @napi-rs/keyring's API we use (typed here: it is an optional dependency). */
interface SyncEntry {
  getPassword(): string | null;
  setPassword(password: string): void;
  deletePassword(): boolean;
}
interface AsyncEntryLike {
  getPassword(): Promise<string | null>;
  setPassword(password: string): Promise<void>;
  deletePassword(): Promise<boolean>;
}
interface NapiKeyringModule {
  Entry: new (service: string, account: string, options?: EntryOptions) => SyncEntry;
  AsyncEntry?: new (service: string, account: string, options?: EntryOptions) => AsyncEntryLike;
}

// Pinned to the Secret Service: the default falls back to the kernel keyring, which forgets
// everything at logout; the file store is the better fallback and FallbackStore picks it.
const ENTRY_OPTIONS: EntryOptions = { linux: { store: 'secret-service' } };

let loading: Promise<NapiKeyringModule | undefined> | undefined;

/** @napi-rs/keyring, loaded once on first use; undefined when it is not installed for this platform. */
export function loadNapiKeyring(): Promise<NapiKeyringModule | undefined> {
  loading ??= (async () => {
    const specifier = '@napi-rs/keyring';
    try {
      const mod = (await import(specifier)) as Partial<NapiKeyringModule> & { default?: Partial<NapiKeyringModule> };
      const api = [mod, mod.default].find((m) => typeof m?.Entry === 'function');
      if (api) return api as NapiKeyringModule;
      keyringLog('napi: loaded, but without Entry');
    } catch (err) {
      keyringLog('napi: unavailable: %s', describeError(err));
    }
    return undefined;
  })();
  return loading;
}

/**
 * Uses AsyncEntry when the installed version has it: its calls run off the main thread, so the
 * store's timeout bounds a slow service. Its constructor still connects to D-Bus on the main
 * thread, which is why 'auto' asks the bus itself (dbus-probe.ts) before creating one.
 */
function backendFor(mod: NapiKeyringModule): SecretBackend {
  const AsyncEntry = mod.AsyncEntry;
  if (AsyncEntry) {
    const entry = (account: string) => new AsyncEntry(KEYRING_SERVICE, account, ENTRY_OPTIONS);
    return {
      getPassword: (account) => entry(account).getPassword(),
      setPassword: (account, secret) => entry(account).setPassword(secret),
      deletePassword: (account) => entry(account).deletePassword(),
    };
  }
  const entry = (account: string) => new mod.Entry(KEYRING_SERVICE, account, ENTRY_OPTIONS);
  return {
    getPassword: async (account) => entry(account).getPassword(),
    setPassword: async (account, secret) => entry(account).setPassword(secret),
    deletePassword: async (account) => entry(account).deletePassword(),
  };
}

/** An OS-keyring store through @napi-rs/keyring, or undefined when it cannot be loaded. */
export async function createNapiKeyringStore(options: OsKeyringStoreOptions = {}): Promise<OsKeyringStore | undefined> {
  const mod = await loadNapiKeyring();
  return mod ? new OsKeyringStore('napi', backendFor(mod), options) : undefined;
}
