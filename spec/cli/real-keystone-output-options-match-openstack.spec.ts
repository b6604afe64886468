import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeReal, realKeystone } from '../real/helpers/real-keystone.js';
import { ensureBuilt, runCli, tempHome, type CliRun } from './helpers/cli.js';

const OSC = '/usr/bin/openstack';

function adminEnv(): Record<string, string> {
  const k = realKeystone()!;
  return {
    OS_AUTH_URL: k.authUrl, OS_USERNAME: k.admin.username, OS_PASSWORD: k.admin.password, OS_PROJECT_NAME: k.admin.projectName,
    OS_USER_DOMAIN_NAME: k.admin.userDomainName, OS_PROJECT_DOMAIN_NAME: k.admin.projectDomainName,
    OS_REGION_NAME: k.regionName, OS_IDENTITY_API_VERSION: '3',
  };
}

/** `openstack …args` on the same Keystone: stdout and exit code. */
function openstack(args: string[], extraEnv: Record<string, string> = {}): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve) => {
    execFile(OSC, args, { env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', ...adminEnv(), ...extraEnv }, timeout: 60_000 },
      (error, stdout) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout }));
  });
}

const withOsc = existsSync(OSC) ? it : it.skip;

// Commands whose output depends only on the Keystone's data, each with output options; both tools must print the same
// bytes and exit with the same code.
const CASES: string[][] = [
  ['project', 'list', '--sort-column', 'Name', '--sort-descending', '-f', 'csv', '--quote', 'all'],
  ['project', 'list', '--sort-column', 'Name', '-f', 'csv', '--quote', 'minimal'],
  ['project', 'list', '--sort-column', 'ID', '--sort-ascending', '-f', 'csv', '--quote', 'none'],
  ['project', 'list', '--sort-column', 'Name', '--sort-column', 'ID', '-f', 'json', '--noindent'],
  ['project', 'list', '--sort-column', 'Name', '--max-width', '20'],
  ['project', 'show', 'admin', '-f', 'shell', '--prefix', 'x_'],
  ['project', 'show', 'admin', '-f', 'shell'],
  ['project', 'show', 'admin', '--max-width', '20'],
  ['project', 'show', 'admin', '-f', 'json', '--noindent'],
  ['project', 'show', 'admin', '-f', 'value', '-c', 'name', '-c', 'enabled'],
  ['project', 'show', 'admin', '-f', 'csv'],
  ['project', 'list', '-f', 'shell'],
  ['project', 'list', '--sort-ascending', '--sort-descending'],
  ['project', 'list', '--max-width', 'wide'],
  ['catalog', 'list', '--max-width', '40'],
  ['catalog', 'show', 'identity', '--max-width', '30'],
  ['endpoint', 'list', '--sort-column', 'Service Name', '--sort-column', 'Interface', '--max-width', '60'],
  ['role', 'list', '--sort-column', 'Name', '--print-empty'],
];

describeReal('output options against the real Keystone, byte for byte with openstack', () => {
  const home = tempHome();
  const run = (args: string[], env: Record<string, string> = {}): Promise<CliRun> => runCli(args, home.dir, { env: { ...adminEnv(), ...env } });
  beforeAll(ensureBuilt);
  afterAll(() => home.cleanup());

  for (const args of CASES) {
    withOsc(args.join(' '), async () => {
      const [ours, theirs] = await Promise.all([run(args), openstack(args)]);
      expect(ours.stdout, ours.stderr).toBe(theirs.stdout);
      expect(ours.code).toBe(theirs.code);
    }, 60_000);
  }

  withOsc('CLIFF_MAX_TERM_WIDTH sets --max-width, and --max-width wins over it', async () => {
    for (const [args, env] of [[['endpoint', 'list'], { CLIFF_MAX_TERM_WIDTH: '50' }], [['endpoint', 'list', '--max-width', '70'], { CLIFF_MAX_TERM_WIDTH: '50' }]] as const) {
      const [ours, theirs] = await Promise.all([run([...args], env), openstack([...args], env)]);
      expect(ours.stdout, ours.stderr).toBe(theirs.stdout);
    }
  }, 60_000);
});
