import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { ApplicationCredential, IdentityV3Client } from '../../lib/services/identity/index.js';
import { CommandFailed } from '../errors.js';
import type { CliRuntime } from '../runtime.js';
import { listResult, showSorted } from '../output/model.js';
import { deleteEach } from './delete-each.js';
import { identityAction } from './identity-action.js';
import { findInDomain } from './identity-find.js';
import { field } from './identity-options.js';
import { tokenView } from './identity-token.js';
import { withOutput } from './shared.js';

interface CreateOptions {
  secret?: string; role?: string[]; expiration?: string; description?: string; unrestricted?: boolean; restricted?: boolean; accessRules?: string;
}

/** osc shows an application credential without links, its roles as one line of names. */
function credentialView(c: ApplicationCredential): Record<string, unknown> {
  const { links: _links, roles, ...rest } = c.toJSON() as unknown as Record<string, unknown>;
  return { ...rest, roles: ((roles ?? []) as { name: string }[]).map((r) => r.name).join(' ') };
}

/** keystoneclient's find: GET by id under the token's user, then the list by name; osc names the noun "applicationcredential". */
async function findCredential(identity: IdentityV3Client, user: string, nameOrId: string): Promise<ApplicationCredential> {
  try {
    return await identity.applicationCredentials.get(user, nameOrId);
  } catch { /* not an id: try the name */ }
  const found = await identity.applicationCredentials.list(user, { name: nameOrId });
  if (found.length > 1) throw new CommandFailed(`More than one applicationcredential exists with the name '${nameOrId}'.`);
  if (!found[0]) throw new CommandFailed(`No applicationcredential with a name or ID of '${nameOrId}' exists.`);
  return found[0];
}

/** `application credential create|list|show|delete`: the authenticated user's application credentials. */
export function register(program: Command, cli: CliRuntime): void {
  const credential = program.command('application').description('Application credentials')
    .command('credential').description('Application credentials of the authenticated user');
  const self = async () => {
    const userId = (await tokenView((await cli.session()).http)).userId;
    if (!userId) throw new CommandFailed('The token does not say which user it belongs to, and application credentials belong to a user');
    return userId;
  };

  withOutput(credential.command('create').description('Create new application credential').argument('<name>', 'Name of the application credential'))
    .option('--secret <secret>', 'Secret to use for authentication (if not provided, one will be generated)')
    .option('--role <role>', 'Roles to authorize (name or ID) (repeat option to set multiple values)', (v: string, p: string[] = []) => [...p, v])
    .option('--expiration <expiration>', 'Sets an expiration date for the application credential, format of YYYY-mm-ddTHH:MM:SS')
    .option('--description <description>', 'Application credential description')
    .option('--unrestricted', 'Enable application credential to create and delete other application credentials and trusts')
    .option('--restricted', 'Prohibit application credential from creating and deleting other application credentials and trusts (default)')
    .option('--access-rules <access-rules>', 'Either a string or file path containing a JSON-formatted list of access rules')
    .action(identityAction(cli, async (name: string, opts: CreateOptions) => {
      if (opts.expiration !== undefined && !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/.test(opts.expiration)) {
        throw new CommandFailed(`time data '${opts.expiration}' does not match format '%Y-%m-%dT%H:%M:%S'`);
      }
      const identity = await cli.identity();
      const user = await self();
      const roles = opts.role?.length ? await tokenRoles(identity, cli, opts.role) : undefined;
      const created = await identity.applicationCredentials.create(user, {
        name, ...(opts.secret !== undefined ? { secret: opts.secret } : {}), ...(opts.description !== undefined ? { description: opts.description } : {}),
        ...(opts.expiration ? { expiresAt: `${opts.expiration}.000000` } : {}), ...(roles ? { roles } : {}),
        unrestricted: opts.restricted ? false : Boolean(opts.unrestricted),
        ...(opts.accessRules !== undefined ? { accessRules: await accessRules(opts.accessRules) } : {}),
      });
      return showSorted(credentialView(created));
    }));

  withOutput(credential.command('list').description('List application credentials'))
    .option('--user <user>', 'User whose application credentials to list (name or ID)')
    .option('--user-domain <user-domain>', 'Domain the user belongs to (name or ID).')
    .action(identityAction(cli, async (opts: { user?: string; userDomain?: string }) => {
      const identity = await cli.identity();
      const user = opts.user ? (await findInDomain(identity, 'user', opts.user, opts.userDomain)).id : await self();
      const creds = await identity.applicationCredentials.list(user);
      return listResult(['ID', 'Name', 'Project ID', 'Description', 'Expires At'],
        creds.map((c) => ['id', 'name', 'project_id', 'description', 'expires_at'].map((k) => field(c, k))));
    }));

  withOutput(credential.command('show').description('Display application credential details')
    .argument('<application-credential>', 'Application credential to display (name or ID)'))
    .action(identityAction(cli, async (nameOrId: string) => showSorted(credentialView(await findCredential(await cli.identity(), await self(), nameOrId)))));

  credential.command('delete').description('Delete application credentials(s)')
    .argument('<application-credential...>', 'Application credential(s) to delete (name or ID)')
    .action(identityAction(cli, async (names: string[]) => {
      const identity = await cli.identity();
      const user = await self();
      await deleteEach(names, 'application credential', async (n) => {
        await identity.applicationCredentials.delete(user, await findCredential(identity, user, n));
      }, (line) => cli.note(line));
    }));
}

/**
 * osc's `_get_token_resource(…, "roles", …)`: a role name the token carries becomes its id; anything else is taken as an id.
 * The session is authenticated by then (the caller asked for the token's user).
 */
async function tokenRoles(identity: IdentityV3Client, cli: CliRuntime, wanted: string[]): Promise<{ id: string }[]> {
  const token = (await cli.session()).http.authPlugin?.getToken?.();
  const roles = token ? (await identity.tokens.validate(token, { noCatalog: true })).roles ?? [] : [];
  return wanted.map((w) => ({ id: roles.find((r) => r.name === w || r.id === w)?.id ?? w }));
}

/** `--access-rules`: a JSON list, or the path of a file holding one. */
async function accessRules(value: string): Promise<{ service: string; method: string; path: string }[]> {
  try {
    return JSON.parse(value) as { service: string; method: string; path: string }[];
  } catch { /* a file name */ }
  try {
    return JSON.parse(await readFile(value, 'utf8')) as { service: string; method: string; path: string }[];
  } catch {
    throw new CommandFailed('Access rules is not valid JSON string or file does not exist.');
  }
}
