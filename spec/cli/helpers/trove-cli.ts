import { expect } from 'vitest';
import { createFakeTrove, type FakeTroveOptions } from '../../../lib/testing/trove/index.js';
import { fakeCloudEnv, runCli, type CliRun } from './cli.js';
import { useCliSuite } from './suite.js';

export interface TroveCli {
  /** `stackclient --no-keyring …args` as the fake cloud's admin. */
  run(...args: string[]): Promise<CliRun>;
  /** `-f json` of a command that must succeed. */
  json<T = Record<string, unknown>>(...args: string[]): Promise<T>;
  /** A new instance, created through the CLI and waited for until ACTIVE; returns its show record. */
  activeInstance(name: string, ...extra: string[]): Promise<Record<string, unknown>>;
}

/** The built CLI on a fake cloud serving Trove; by default instances build in 50 ms and actions take 1.5 s. */
export function useTroveCli(trove: FakeTroveOptions = { buildMs: 50, actionMs: 1500 }): TroveCli {
  const suite = useCliSuite({ services: [createFakeTrove(trove)] });
  const run = (...args: string[]) => runCli(['--no-keyring', ...args], suite.home.dir, { env: fakeCloudEnv(suite.cloud) });
  const json = async <T>(...args: string[]): Promise<T> => {
    const r = await run(...args, '-f', 'json');
    expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
    return JSON.parse(r.stdout) as T;
  };
  return {
    run,
    json,
    activeInstance: (name, ...extra) =>
      json('database', 'instance', 'create', name, '--flavor', 'm1.small', '--size', '2', ...extra, '--wait', '--poll-interval', '20'),
  };
}
