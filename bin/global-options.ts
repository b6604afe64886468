import { Option, type Command } from 'commander';
import type { ConfigArgs } from '../index.js';
import { SETTINGS } from '../lib/config/keys.js';

const HELP: Record<string, string> = {
  '--os-auth-url': 'Authentication URL (Env: OS_AUTH_URL)',
  '--os-username': 'Authentication username (Env: OS_USERNAME)',
  '--os-user-id': 'Authentication user ID (Env: OS_USER_ID)',
  '--os-password': 'Authentication password (Env: OS_PASSWORD)',
  '--os-project-name': 'Project name to scope to (Env: OS_PROJECT_NAME)',
  '--os-project-id': 'Project ID to scope to (Env: OS_PROJECT_ID)',
  '--os-user-domain-name': 'Domain name of the user (Env: OS_USER_DOMAIN_NAME)',
  '--os-user-domain-id': 'Domain ID of the user (Env: OS_USER_DOMAIN_ID)',
  '--os-project-domain-name': 'Domain name of the project (Env: OS_PROJECT_DOMAIN_NAME)',
  '--os-project-domain-id': 'Domain ID of the project (Env: OS_PROJECT_DOMAIN_ID)',
  '--os-domain-name': 'Domain name to scope to (Env: OS_DOMAIN_NAME)',
  '--os-domain-id': 'Domain ID to scope to (Env: OS_DOMAIN_ID)',
  '--os-region-name': 'Region name (Env: OS_REGION_NAME)',
  '--os-interface': 'Endpoint interface: public, internal or admin (Env: OS_INTERFACE)',
  '--os-auth-type': 'Auth type: password, token, v3applicationcredential, admin_token, noauth, ... (Env: OS_AUTH_TYPE)',
  '--os-token': 'Authentication token (Env: OS_TOKEN)',
  '--os-endpoint': 'Endpoint override, with admin_token / noauth (Env: OS_ENDPOINT)',
  '--os-cacert': 'CA certificate bundle file (Env: OS_CACERT)',
  '--os-cert': 'Client certificate file (Env: OS_CERT)',
  '--os-key': 'Client certificate key file (Env: OS_KEY)',
  '--insecure': 'Disable server certificate verification (Env: OS_INSECURE)',
  '--os-identity-api-version': 'Identity API version, 3 or 2.0 (Env: OS_IDENTITY_API_VERSION)',
  '--os-compute-api-version': 'Compute API microversion (Env: OS_COMPUTE_API_VERSION)',
  '--os-token-store': 'Token store shared by many processes: redis://host:port/db (Env: OS_TOKEN_STORE)',
};

/** The global options of python-openstackclient, plus `--no-keyring`. */
export interface GlobalOptions {
  osCloud?: string;
  debug?: boolean;
  timing?: boolean;
  keyring?: boolean;
  /** `-v` (repeatable): 1 by default, 2 shows info lines, 3 (`-vv`) the debug log too; `-q` makes it 0 (errors only). */
  verbose?: number;
  quiet?: boolean;
  /** `--log-file FILE`: the debug log (redacted as on stderr) is appended to FILE. */
  logFile?: string;
  [flag: string]: unknown;
}

/** The verbosity level as osc counts it: 0 with `-q`, 1 by default, one more per `-v`. */
export function verbosityOf(globals: GlobalOptions): number {
  return globals.quiet ? 0 : typeof globals.verbose === 'number' ? globals.verbose : 1;
}

/** commander's attribute name for a flag: `--os-auth-url` → `osAuthUrl`. */
export function attributeOf(flag: string): string {
  return flag.replace(/^--/, '').replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** Flags that take a value, so the entry can find the command word without parsing everything. */
export function valueFlags(): Set<string> {
  return new Set(['--os-cloud', '--log-file', ...SETTINGS.filter((s) => !s.bool).map((s) => s.flag)]);
}

export function addGlobalOptions(program: Command): void {
  program.addOption(new Option('--os-cloud <cloud-config-name>', 'Cloud name in clouds.yaml, or "local" for the embedded cloud (Env: OS_CLOUD)'));
  for (const s of SETTINGS) {
    const help = HELP[s.flag] ?? '';
    if (s.bool) program.addOption(new Option(s.flag, help));
    else program.addOption(new Option(`${s.flag} <${s.flag.replace(/^--os-/, '')}>`, help).hideHelp(!HELP[s.flag]));
  }
  program.addOption(new Option('-v, --verbose', 'Increase verbosity of output. Can be repeated.').argParser((_: unknown, n: number) => n + 1).default(1));
  program.addOption(new Option('-q, --quiet', 'Suppress output except errors'));
  program.addOption(new Option('--log-file <log-file>', 'Specify a file to log output. Disabled by default.'));
  program.option('--no-keyring', 'Do not cache the token between invocations');
  program.option('--debug', 'Show the HTTP requests as curl commands (secrets redacted) and tracebacks, on stderr');
  program.option('--timing', 'Print API call timing info after the output');
}

/** The `--os-*` flags as ConfigArgs for the configuration chain. */
export function configArgsOf(globals: GlobalOptions): ConfigArgs {
  const args: ConfigArgs = {};
  if (typeof globals.osCloud === 'string') args.cloud = globals.osCloud;
  for (const s of SETTINGS) {
    const v = globals[attributeOf(s.flag)];
    if (typeof v === 'string' || typeof v === 'boolean') (args as Record<string, unknown>)[s.arg] = v;
  }
  if (globals.keyring === false) args.keyring = false;
  return args;
}
