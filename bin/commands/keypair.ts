import type { Command } from 'commander';
import type { CliRuntime } from '../runtime.js';
import { listResult } from '../output/model.js';
import { action, withOutput } from './shared.js';

/**
 * `keypair list`: Name, Fingerprint, and Type (microversion 2.2+), as python-openstackclient 6 prints
 * them with the microversion it negotiates; this command asks for 2.2 unless `--os-compute-api-version` says otherwise.
 */
export function register(program: Command, cli: CliRuntime): void {
  const keypair = program.command('keypair').description('Compute keypairs');
  withOutput(keypair.command('list').description('List key fingerprints')).action(action(cli, async () => {
    const compute = await cli.compute('2.2');
    const withType = compute.microversion !== '2.1' && compute.microversion !== '2.0';
    const keypairs = await compute.keypairs.list();
    const columns = withType ? ['Name', 'Fingerprint', 'Type'] : ['Name', 'Fingerprint'];
    return listResult(columns, keypairs.map((k) => (withType ? [k.name, k.fingerprint, k.type ?? 'ssh'] : [k.name, k.fingerprint])));
  }));
}
