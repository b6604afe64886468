import { isHttpError } from '../../lib/errors/http-errors.js';
import { WaitTimeout } from '../../lib/errors/framework-errors.js';
import { CliUsageError } from '../errors.js';
import type { CliRuntime } from '../runtime.js';

export interface WaitSettings {
  interval: number;
  timeout: number;
  onProgress: (state: { status: string; progress?: number }) => void;
}

/** `--poll-interval` checked, with a bounded wait (30 minutes, as long as a build may reasonably take). */
export function waitOptions(interval: string | undefined, onProgress: WaitSettings['onProgress']): WaitSettings {
  const ms = Number(interval ?? 1000);
  if (!(ms >= 0)) throw new CliUsageError(`--poll-interval must be a number of milliseconds, got "${interval}"`);
  return { interval: ms, timeout: 30 * 60_000, onProgress };
}

/**
 * osc's `Progress: N` line, on stderr so stdout keeps only the result; the status is shown too, since clouds may leave
 * progress at 0 while building. On a terminal the line redraws in place (`\r`, padded over a longer previous text) and
 * `end()` closes it; elsewhere (a pipe, a log file) each change is a line of its own, and a repeat is not written again.
 */
export function progressReporter(cli: CliRuntime): { onProgress: WaitSettings['onProgress']; end(): void } {
  const tty = cli.io.errIsTTY?.() === true;
  let last: string | undefined;
  let open = false;
  return {
    onProgress: ({ status, progress }) => {
      const text = `Progress: ${progress ?? 0} (${status})`;
      if (text === last) return;
      if (tty) {
        cli.io.err(`\r${text}${' '.repeat(Math.max(0, (last?.length ?? 0) - text.length))}`);
        open = true;
      } else {
        cli.io.err(`${text}\n`);
      }
      last = text;
    },
    end: () => {
      if (open) cli.io.err('\n');
      open = false;
      last = undefined;
    },
  };
}

/** Runs a wait with a progress line that is closed whatever the outcome. */
export async function withProgress<T>(cli: CliRuntime, interval: string | undefined, run: (settings: WaitSettings) => Promise<T>): Promise<T> {
  const progress = progressReporter(cli);
  try {
    return await run(waitOptions(interval, progress.onProgress));
  } finally {
    progress.end();
  }
}

/** Polls `get` until it answers 404 (the resource is gone), within the timeout. */
export async function waitGone(get: () => Promise<unknown>, opts: WaitSettings): Promise<void> {
  const started = Date.now();
  for (;;) {
    try {
      const r = (await get()) as { status?: string; progress?: number };
      opts.onProgress({ status: r.status ?? 'DELETING', ...(r.progress !== undefined ? { progress: r.progress } : {}) });
    } catch (error) {
      if (isHttpError(error) && error.status === 404) return;
      throw error;
    }
    if (Date.now() - started > opts.timeout) throw new WaitTimeout(`Still present after ${Math.round(opts.timeout / 1000)} s`);
    await new Promise((r) => setTimeout(r, opts.interval));
  }
}
