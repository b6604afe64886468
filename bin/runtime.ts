import type { Command } from 'commander';
import type { BaseClient, ComputeV2Client, DatabaseV1Client, IdentityV3Client } from '../index.js';
import { configArgsOf, verbosityOf, type GlobalOptions } from './global-options.js';
import type { FileLogger } from './log-file.js';
import type { OutputOptions } from './output/index.js';
import type { CommandResult } from './output/model.js';
import type { OpenedSession } from './session/open-session.js';

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** The width of the terminal stdout is, or undefined when it is not one (`--fit-width` then does nothing, as in cliff). */
  outColumns?(): number | undefined;
  /** True when stderr is a terminal: progress lines redraw in place, else one line per change. */
  errIsTTY?(): boolean;
}

/**
 * What every command gets: the global options, the session (opened on first use, so `--help` and
 * usage errors cost nothing), service clients, printing, and the end-of-run work (timings, closing).
 */
export class CliRuntime {
  readonly io: CliIO;
  readonly env: NodeJS.ProcessEnv;
  readonly #program: Command;
  #session: Promise<OpenedSession> | undefined;
  #overrides: { forceLocal?: boolean; timings?: boolean } = {};
  #logFile: FileLogger | undefined;

  constructor(program: Command, io: CliIO, env: NodeJS.ProcessEnv = process.env) {
    this.#program = program;
    this.io = io;
    this.env = env;
  }

  get globals(): GlobalOptions {
    return this.#program.opts<GlobalOptions>();
  }

  /** The session, opened once. */
  session(): Promise<OpenedSession> {
    this.#session ??= this.#open();
    return this.#session;
  }

  async #open(): Promise<OpenedSession> {
    const { openSession } = await import('./session/open-session.js');
    await this.openLogFile();
    const logger = this.#log();
    const session = await openSession({
      globals: this.globals, env: this.env, notice: (line) => this.warn(line), debug: this.#consoleDebug(),
      ...(logger ? { logger } : {}), ...this.#overrides,
    });
    this.info(`Using auth plugin: ${session.config.authType}`);
    return session;
  }

  /** osc's verbosity: 0 with `-q` (errors only), 1 by default (warnings too), 2 with `-v` (info lines), 3 with `-vv` (debug). */
  get verbosity(): number {
    return verbosityOf(this.globals);
  }

  #consoleDebug(): boolean {
    return this.globals.debug === true || this.verbosity >= 3;
  }

  /** Opens the `--log-file`, before the command runs (a file that cannot be opened fails the command). */
  async openLogFile(): Promise<void> {
    const path = this.globals.logFile;
    if (!path || this.#logFile) return;
    const { openFileLogger } = await import('./log-file.js');
    this.#logFile = openFileLogger(path, this.#consoleDebug() ? (line) => this.io.err(`${line}\n`) : undefined);
  }

  #log(): FileLogger | undefined {
    return this.#logFile;
  }

  /** An info line: on stderr with `-v`, and in the `--log-file`. */
  info(line: string): void {
    this.#log()?.info(line);
    if (this.verbosity >= 2) this.io.err(`${line}\n`);
  }

  /** A warning: on stderr unless `-q`. */
  warn(line: string): void {
    this.#log()?.warn(line);
    if (this.verbosity >= 1) this.io.err(`${line}\n`);
  }

  /** Before the session opens: use the embedded cloud and record timings whatever is configured (the tour). */
  useLocalCloud(): void {
    if (this.#session) throw new Error('useLocalCloud() must come before the session is opened');
    this.#overrides = { forceLocal: true, timings: true };
  }

  /** A client for `serviceType` on the session; compute carries `--os-compute-api-version` as a microversion. */
  async client(serviceType: string): Promise<BaseClient> {
    const { http, config } = await this.session();
    const { createRawClient } = await import('./session/raw-client.js');
    const headers: Record<string, string> = {};
    const microversion = serviceType === 'compute' ? config.computeApiVersion : undefined;
    if (microversion && microversion !== '2' && microversion !== '2.0' && microversion !== '2.1') {
      headers['OpenStack-API-Version'] = `compute ${microversion}`;
      headers['X-OpenStack-Nova-API-Version'] = microversion;
    }
    return createRawClient(http, serviceType, headers);
  }

  /**
   * The compute client of the session (created once per microversion asked), speaking
   * `--os-compute-api-version` when given, else `fallback` (python-openstackclient 6 speaks 2.1).
   */
  async compute(fallback = '2.1'): Promise<ComputeV2Client> {
    const { http, config } = await this.session();
    const { ComputeV2Client } = await import('../lib/services/compute/index.js');
    const microversion = config.computeApiVersion ?? fallback;
    const current = http.compute;
    if (current && current.microversion === microversion) return current;
    return new ComputeV2Client(http, { microversion });
  }

  /** The database (Trove) v1.0 client of the session. */
  async database(): Promise<DatabaseV1Client> {
    const { http } = await this.session();
    const { DatabaseV1Client } = await import('../lib/services/database/index.js');
    const current = (http as { database?: DatabaseV1Client }).database;
    return current instanceof DatabaseV1Client ? current : new DatabaseV1Client(http);
  }

  /** The identity (Keystone) v3 client of the session. */
  async identity(): Promise<IdentityV3Client> {
    const { http } = await this.session();
    const { IdentityV3Client } = await import('../lib/services/identity/index.js');
    const current = http.identity;
    return current instanceof IdentityV3Client ? current : new IdentityV3Client(http);
  }

  /**
   * Starts loading the formatter a command will print with, so that it loads while the command waits for its requests
   * (the modules come from the cache when print() asks for them).
   */
  prefetchOutput(format: string | undefined): void {
    const table = format === undefined || format === 'table';
    void Promise.all([import('./output/index.js'), ...(table ? [import('./output/table.js'), import('./output/display-width.js')] : [])])
      .catch(() => undefined);
  }

  /** Prints a result as `-f` / `-c` ask. */
  async print(result: CommandResult, opts: OutputOptions): Promise<void> {
    const { formatResult } = await import('./output/index.js');
    const terminalWidth = this.io.outColumns?.();
    const text = await formatResult(result, { ...opts, ...(terminalWidth ? { terminalWidth } : {}) }, (line) => this.warn(line));
    // cliff's value formatter writes a line per row: an empty list writes nothing at all.
    if (opts.format === 'value' && result.kind === 'list' && result.rows.length === 0) return;
    this.io.out(`${text}\n`);
  }

  /** A one-line note on stderr, shown even with `-q` (a failure among several, as osc logs errors). */
  note(line: string): void {
    this.#log()?.error(line);
    this.io.err(`${line}\n`);
  }

  /** After the command: the timings table when `--timing` is on, then close the session (and the local cloud). */
  async finish(ok: boolean): Promise<void> {
    try {
      await this.#finishSession(ok);
    } finally {
      this.#logFile?.close();
      this.#logFile = undefined;
    }
  }

  async #finishSession(ok: boolean): Promise<void> {
    if (!this.#session) return;
    const session = await this.#session.catch(() => undefined);
    if (!session) return;
    try {
      if (ok && this.globals.timing) {
        const { timingsTable } = await import('./output/timings.js');
        this.io.out(`${timingsTable(session.http.getTimings())}\n`);
      }
    } finally {
      await session.close();
    }
  }

  /** The `--os-*` flags as config args (for commands that inspect the configuration). */
  configArgs() {
    return configArgsOf(this.globals);
  }
}
