import { expect } from 'vitest';
import { createFakeNova, type FakeNovaOptions } from '../../../lib/testing/nova/index.js';
import { fakeCloudEnv, runCli, type CliRun } from '../helpers/cli.js';
import { useCliSuite, type CliSuite } from '../helpers/suite.js';

/** The built CLI against a fake cloud with a quick Nova (builds and actions take 60 ms): `run(...args)`, and `json(...args)`. */
export function useComputeCli(options: FakeNovaOptions = { buildMs: 60, actionMs: 60 }): {
  suite: CliSuite;
  run(...args: string[]): Promise<CliRun>;
  json<T = Record<string, unknown>>(...args: string[]): Promise<T>;
} {
  const suite = useCliSuite({ services: [createFakeNova(options)] });
  const run = (...args: string[]) => runCli(['--no-keyring', ...args], suite.home.dir, { env: fakeCloudEnv(suite.cloud) });
  return {
    suite,
    run,
    async json<T>(...args: string[]): Promise<T> {
      const r = await run(...args, '-f', 'json');
      expect(r.code, r.stderr).toBe(0);
      return JSON.parse(r.stdout) as T;
    },
  };
}

/** Boots a server (image id and flavor as the fake has them) and waits until it is ACTIVE; resolves with its id. */
export async function activeServer(cli: ReturnType<typeof useComputeCli>, name: string): Promise<string> {
  const created = await cli.json('server', 'create', name, '--flavor', 'm1.tiny', '--image', 'cirros-0.6.2', '--wait', '--poll-interval', '20');
  expect(created.status).toBe('ACTIVE');
  return String(created.id);
}

/** Polls `server show` until the status is `status` (actions take 60 ms on the fake), within 5 s. */
export async function statusBecomes(cli: ReturnType<typeof useComputeCli>, server: string, status: string): Promise<Record<string, unknown>> {
  let shown: Record<string, unknown> = {};
  for (let i = 0; i < 100; i++) {
    shown = await cli.json('server', 'show', server);
    if (shown.status === status && shown['OS-EXT-STS:task_state'] === null) return shown;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`server ${server} stayed ${String(shown.status)}, never ${status}`);
}
