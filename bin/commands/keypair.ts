import { readFile, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import type { Command } from 'commander';
import type { CreateKeypairOptions, KeypairFields } from '../../index.js';
import { CommandFailed } from '../errors.js';
import { listResult, showSorted } from '../output/model.js';
import type { CliRuntime } from '../runtime.js';
import { deleteEach } from './delete-each.js';
import { findOrFail } from './find-or-fail.js';
import { atLeast } from './server-options.js';
import { sdkCompute } from './sdk-compute.js';
import { action, withOutput } from './shared.js';

/** openstacksdk's Keypair speaks up to microversion 2.10. */
const SDK_MAX = '2.10';

/**
 * `keypair list|create|show|delete`. `list` prints Name, Fingerprint, and Type (microversion 2.2+), as python-openstackclient 6
 * prints them with the microversion it negotiates; it asks for 2.2 unless `--os-compute-api-version` says otherwise.
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

  withOutput(keypair.command('create').description('Create new public or private key for server ssh access')
    .argument('<name>', 'New public or private key name'))
    .option('--public-key <file>', 'Filename for public key to add. If not used, generates a private key in ssh-ed25519 format and prints it.')
    .option('--private-key <file>', 'Filename for private key to save. If not used, print private key in console.')
    .option('--type <type>', "Keypair type. Can be ssh or x509. (Supported by API versions '2.2' - '2.latest')")
    .action(action(cli, async (name: string, opts: { publicKey?: string; privateKey?: string; type?: string; format?: string }) => {
      if (opts.publicKey && opts.privateKey) throw new CommandFailed('argument --private-key: not allowed with argument --public-key');
      const compute = await sdkCompute(cli, SDK_MAX);
      const create: CreateKeypairOptions = { name };
      if (opts.publicKey) {
        try {
          create.publicKey = await readFile(expandHome(opts.publicKey), 'utf8');
        } catch (error) {
          throw new CommandFailed(`Key file ${opts.publicKey} not found: ${(error as Error).message}`);
        }
      }
      if (opts.type) {
        if (opts.type !== 'ssh' && opts.type !== 'x509') throw new CommandFailed(`argument --type: invalid choice: '${opts.type}' (choose from 'ssh', 'x509')`);
        if (!atLeast(compute.microversion, '2.2')) throw new CommandFailed('--os-compute-api-version 2.2 or greater is required to support the --type option');
        create.type = opts.type;
      }
      const created = await compute.keypairs.create(create);
      if (opts.privateKey) {
        try {
          // Owner-only: osc leaves the mode to the umask, but a private key readable by others is refused by ssh.
          await writeFile(expandHome(opts.privateKey), created.private_key ?? '', { mode: 0o600 });
        } catch (error) {
          throw new CommandFailed(`Key file ${opts.privateKey} can not be saved: ${(error as Error).message}`);
        }
      }
      if (opts.publicKey || opts.privateKey) return showSorted(keypairRecord(created, false));
      // No key given and no file to save it in: osc prints the generated private key itself, and nothing else.
      cli.io.out(`${created.private_key ?? ''}${emptyResult(opts.format)}`);
    }));

  withOutput(keypair.command('show').description('Display key details').argument('<key>', 'Public or private key to display (name only)'))
    .option('--public-key', 'Show only bare public key paired with the generated key')
    .action(action(cli, async (name: string, opts: { publicKey?: boolean; format?: string }) => {
      const compute = await sdkCompute(cli, SDK_MAX);
      const found = await findOrFail(compute.keypairs, 'keypair', name);
      if (opts.publicKey) {
        cli.io.out(`${found.public_key}${emptyResult(opts.format)}`);
        return;
      }
      return showSorted(keypairRecord(found, true));
    }));

  keypair.command('delete').description('Delete public or private key(s)').argument('<key...>', 'Name of key(s) to delete (name only)')
    .action(action(cli, async (names: string[]) => {
      const compute = await sdkCompute(cli, SDK_MAX);
      await deleteEach(names, 'key', (n) => compute.keypairs.delete(n), (line) => cli.note(line));
    }));
}

/**
 * openstacksdk's Keypair as osc prints it: id is the name, `deleted` is `is_deleted`, absent attributes are null,
 * the public key is hidden, and the private key too where osc hides it (create).
 */
function keypairRecord(k: KeypairFields, withPrivateKey: boolean): Record<string, unknown> {
  return {
    created_at: k.created_at ?? null,
    fingerprint: k.fingerprint,
    id: k.name,
    is_deleted: typeof k.deleted === 'boolean' ? k.deleted : null,
    name: k.name,
    ...(withPrivateKey ? { private_key: null } : {}),
    type: k.type ?? null,
    user_id: k.user_id ?? null,
  };
}

/** After writing a key itself, osc's command returns an empty record, which cliff still prints: `{}` as json or yaml, else an empty line. */
function emptyResult(format: string | undefined): string {
  return format === 'json' || format === 'yaml' ? '{}\n' : '\n';
}

function expandHome(path: string): string {
  return path === '~' || path.startsWith('~/') ? homedir() + path.slice(1) : path;
}
