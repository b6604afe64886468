import { describe, expect, it } from 'vitest';
import { fakeCloudEnv, runCli } from '../helpers/cli.js';
import { useComputeCli } from './helpers.js';

describe('availability zone list and limits show, as a process, on the fake cloud', () => {
  const cli = useComputeCli();

  it('availability zone list shows the compute zones from the detailed list, --long one row per service', async () => {
    expect(await cli.json('availability', 'zone', 'list')).toEqual([
      { 'Zone Name': 'internal', 'Zone Status': 'available' },
      { 'Zone Name': 'nova', 'Zone Status': 'available' },
    ]);
    const long = await cli.json<Record<string, unknown>[]>('availability', 'zone', 'list', '--long');
    expect(long).toContainEqual({
      'Zone Name': 'internal', 'Zone Status': 'available', 'Zone Resource': '', 'Host Name': 'conductor',
      'Service Name': 'nova-conductor', 'Service Status': 'enabled :-) None',
    });
    expect(long).toHaveLength(3);
  });

  it('when Nova refuses the detailed list (403, its policy for non-admins), the plain one is shown, as osc falls back', async () => {
    cli.suite.cloud.failNext(1, {
      status: 403, method: 'GET', path: '/compute/v2.1/os-availability-zone/detail',
      body: { forbidden: { code: 403, message: "Policy doesn't allow os_compute_api:os-availability-zone:detail to be performed." } },
    });
    const r = await runCli(['--no-keyring', 'availability', 'zone', 'list', '--long', '-f', 'json'], cli.suite.home.dir,
      { env: fakeCloudEnv(cli.suite.cloud, 'demo') });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([
      { 'Zone Name': 'nova', 'Zone Status': 'available', 'Zone Resource': '', 'Host Name': '', 'Service Name': '', 'Service Status': '' },
    ]);
  });

  it('limits show --absolute is one Name/Value row per limit, usage counting a new server', async () => {
    const before = await cli.json<{ Name: string; Value: number }[]>('limits', 'show', '--absolute');
    expect(before.map((l) => l.Name)).toContain('maxTotalInstances');
    const used = (rows: { Name: string; Value: number }[]) => rows.find((l) => l.Name === 'totalInstancesUsed')!.Value;
    await cli.json('server', 'create', 'counted', '--flavor', 'm1.tiny', '--image', 'img');
    expect(used(await cli.json('limits', 'show', '--absolute'))).toBe(used(before) + 1);
  });

  it('limits show needs one of --absolute and --rate (usage error, exit 2); --rate lists the (empty) rate limits', async () => {
    expect((await cli.run('limits', 'show')).code).toBe(2);
    expect((await cli.run('limits', 'show', '--absolute', '--rate')).code).toBe(2);
    expect(await cli.json('limits', 'show', '--rate')).toEqual([]);
  });
});
