import { describe, expect, it } from 'vitest';
import { useComputeCli } from './helpers.js';

const MV = ['--os-compute-api-version', '2.37'];

/** The JSON body of the POST /servers in a `--debug` log (the curl line's -d '…'). */
function createBody(stderr: string): Record<string, unknown> {
  const line = stderr.split('\n').find((l) => l.includes('POST') && l.includes('/servers') && l.includes(' -d '));
  expect(line, stderr).toBeDefined();
  const json = /-d '(.*)'\s*$/.exec(line!)?.[1];
  return JSON.parse(json!) as Record<string, unknown>;
}

describe('server create --nic, as a process, on the fake cloud', () => {
  const cli = useComputeCli();

  it('--nic none and --nic auto are sent as Nova\'s networks "none" / "auto" (2.37+)', async () => {
    for (const nic of ['none', 'auto']) {
      const r = await cli.run(...MV, '--debug', 'server', 'create', `nic-${nic}`, '--flavor', 'm1.tiny', '--image', 'img', '--nic', nic, '-f', 'json');
      expect(r.code, r.stderr).toBe(0);
      expect((createBody(r.stderr).server as Record<string, unknown>).networks).toBe(nic);
    }
  });

  it('--nic net-id=…,v4-fixed-ip=…,tag=… becomes one network entry; --network adds another', async () => {
    const r = await cli.run(...MV, '--debug', 'server', 'create', 'nic-list', '--flavor', 'm1.tiny', '--image', 'img',
      '--nic', 'net-id=n1,v4-fixed-ip=10.0.0.9,tag=front', '--network', 'n2', '-f', 'json');
    expect(r.code, r.stderr).toBe(0);
    // In the command line's order across --nic and --network, as osc's NICAction keeps one list.
    expect((createBody(r.stderr).server as Record<string, unknown>).networks).toEqual([{ uuid: 'n1', fixed_ip: '10.0.0.9', tag: 'front' }, { uuid: 'n2' }]);
  });

  it('none with another NIC, a NIC with both net-id and port-id, an unknown key, or --network with = are usage errors (exit 2)', async () => {
    const base = [...MV, 'server', 'create', 'bad', '--flavor', 'm1.tiny', '--image', 'img'];
    const cases = [['--nic', 'none', '--nic', 'net-id=n1'], ['--nic', 'net-id=a,port-id=b'], ['--nic', 'colour=blue'], ['--network', 'a=b']];
    for (const extra of cases) {
      const r = await cli.run(...base, ...extra);
      expect(r.code, `${extra.join(' ')}: ${r.stderr}`).toBe(2);
    }
  });
});
