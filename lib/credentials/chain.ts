import { CredentialsNotFound } from '../errors/credentials-not-found.js';
import { createLogger } from '../log/logger.js';
import { logTo, type Logger } from '../log/user-logger.js';
import { credentialsFromCloudsYaml } from './from-clouds-yaml.js';
import { credentialsFromEnv } from './from-env.js';
import { credentialsFromMetadata } from './from-metadata.js';
import type { CredentialProvider } from './provider.js';
import type { Credentials, CredentialSource } from './types.js';

/** Options of {@link createCredentialChain}. */
export interface CredentialChainOptions {
  /** Asked in order until one has credentials. @default [credentialsFromEnv(), credentialsFromCloudsYaml(), credentialsFromMetadata()] */
  providers?: readonly CredentialProvider[];
  /**
   * Temporary credentials are refreshed when they expire within this many ms: in the background while they still
   * work (callers keep the old ones meanwhile), before the call once they have expired. @default 300_000 (5 minutes)
   */
  refreshMarginMs?: number;
  /** Receives the debug line naming the provider that answered (also on `DEBUG=stackclient:credentials`). */
  logger?: Logger;
  /** ms since the epoch. @default Date.now */
  clock?: () => number;
}

/** A credential source that also says where its credentials came from. */
export interface CredentialChain extends CredentialSource {
  /** The name of the provider that answered last; undefined before the first answer. */
  readonly source: string | undefined;
  /** Ask the providers again now (concurrent callers share one round). */
  refresh(): Promise<Credentials>;
}

const debug = createLogger('credentials');

/**
 * A credential provider chain (AWS SDK v3's `chain` + `memoize`): environment → clouds.yaml profile → metadata service by
 * default, or your own providers. The first provider with credentials wins, and a debug line names it. The answer is
 * cached; temporary credentials are refreshed before they expire, one round of providers at a time however many
 * callers wait. Pass it as `credentials` to `AkSk` or `TencentTC3`.
 * @example new AkSk({ credentials: createCredentialChain(), projectId, endpoints })
 */
export function createCredentialChain(options: CredentialChainOptions = {}): CredentialChain {
  const providers = options.providers ?? [credentialsFromEnv(), credentialsFromCloudsYaml(), credentialsFromMetadata()];
  const margin = options.refreshMarginMs ?? 300_000;
  const now = options.clock ?? Date.now;
  let cached: Credentials | undefined;
  let source: string | undefined;
  let inFlight: Promise<Credentials> | undefined;

  const say = (line: string) => {
    debug(line);
    logTo(options.logger, 'debug', `stackclient:credentials ${line}`);
  };

  async function ask(): Promise<Credentials> {
    for (const provider of providers) {
      const found = await provider.resolve();
      if (found === undefined) {
        say(`${provider.name}: no credentials`);
        continue;
      }
      const expiry = found.expiresAt ? `, temporary until ${found.expiresAt.toISOString()}` : '';
      say(`credentials from ${provider.name} (access key ${found.accessKey.slice(0, 4)}…${expiry})`);
      cached = found;
      source = provider.name;
      return found;
    }
    throw new CredentialsNotFound(providers.map((p) => ({ name: p.name, lookedFor: p.lookedFor })));
  }

  function refresh(): Promise<Credentials> {
    inFlight ??= ask().finally(() => { inFlight = undefined; });
    return inFlight;
  }

  const chain = async (): Promise<Credentials> => {
    const held = cached;
    if (held === undefined) return refresh();
    const expires = held.expiresAt?.getTime();
    if (expires === undefined || expires - margin > now()) return held;
    if (expires <= now()) return refresh();
    // Still valid, but close to expiry: refresh in the background; a failure is logged and retried on the next call.
    refresh().catch((error: unknown) => say(`refresh failed, keeping the current credentials until they expire: ${(error as Error).message}`));
    return held;
  };
  Object.defineProperty(chain, 'source', { get: () => source, enumerable: true });
  return Object.assign(chain, { refresh }) as CredentialChain;
}
