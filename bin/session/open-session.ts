import type { CloudConfig, HTTPClient, Logger } from '../../index.js';
import type { FakeCloud } from '../../lib/testing/index.js';
import { resolveCloudConfig } from '../../lib/config/resolve.js';
import { createSessionFromConfig } from '../../lib/config/create-session.js';
import { authPlugins } from '../../plugins/config-auth-plugins.js';
import { configArgsOf, type GlobalOptions } from '../global-options.js';
import { OverlappingStore } from './overlapping-store.js';

/** An authenticated-on-demand session for one CLI run, with the embedded cloud when it is in use. */
export interface OpenedSession {
  http: HTTPClient;
  config: CloudConfig;
  /** The embedded cloud, when `--os-cloud local` (or `tour`) started it. */
  cloud?: FakeCloud;
  close(): Promise<void>;
}

export interface OpenSessionOptions {
  globals: GlobalOptions;
  env?: NodeJS.ProcessEnv;
  /** Where the one-line notice about the embedded cloud goes. */
  notice(line: string): void;
  /** Use the embedded cloud whatever is configured (the tour). */
  forceLocal?: boolean;
  /** Record timings even without `--timing` (the tour prints its own table). */
  timings?: boolean;
  /** The curl-style debug log on stderr (`--debug`, `-vv`); by default `--debug`. */
  debug?: boolean;
  /** Where the debug lines go instead (`--log-file`); it then takes the stderr copy too. */
  logger?: Logger;
}

/**
 * Resolves the configuration (flags → OS_* → clouds.yaml), starts the embedded cloud when that is what
 * the configuration says, and builds the HTTPClient with the right auth plugin. Nothing is sent yet.
 */
export async function openSession(opts: OpenSessionOptions): Promise<OpenedSession> {
  // One module with what every session needs (static imports): fewer, larger chunks load faster than many small ones.
  const { globals } = opts;
  const args = { ...configArgsOf(globals), ...(opts.forceLocal ? { cloud: 'local' } : {}) };
  // Nothing configured is an error naming what was looked for, never a silent switch to invented servers.
  const config = await resolveCloudConfig({ args, ...(opts.env ? { env: opts.env } : {}) });
  let cloud: FakeCloud | undefined;
  if (config.local) {
    const { startLocalCloud } = await import('./local-cloud.js');
    cloud = await startLocalCloud();
    const a = cloud.admin;
    config.auth = {
      authUrl: cloud.authUrl, username: a.username, password: a.password, userDomainName: a.userDomainName,
      projectName: a.projectName, projectDomainName: a.projectDomainName,
    };
    opts.notice('stackclient: using the embedded local cloud; its data lasts for this command only');
  }
  // The 'auto' store, overlapping got's loading with the cached token's check; a shared token store (Redis) is left as it is.
  let store: OverlappingStore | undefined;
  if (config.keyring && !config.tokenStore) {
    store = new OverlappingStore(() => void import('../../lib/transport/transport.js').then((t) => t.preloadTransport()).catch(() => undefined));
  }
  const http = await createSessionFromConfig(config, {
    authPlugins,
    debug: opts.logger ? false : (opts.debug ?? globals.debug === true),
    ...(opts.logger ? { logger: opts.logger } : {}),
    timings: globals.timing === true || opts.timings === true,
    ...(store ? { keyring: store } : config.keyring ? {} : { keyring: false as const }),
  }).catch(async (error: unknown) => {
    await cloud?.close();
    throw error;
  });
  return {
    http,
    config,
    ...(cloud ? { cloud } : {}),
    async close() {
      http.close();
      await store?.close();
      await cloud?.close();
    },
  };
}
