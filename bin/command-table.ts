import type { Command } from 'commander';
import type { CliRuntime } from './runtime.js';

/** What a command group module exports: it adds its commands to the program. */
export interface CommandGroupModule {
  register(program: Command, cli: CliRuntime): void;
}

export interface CommandGroup {
  name: string;
  summary: string;
  load(): Promise<CommandGroupModule>;
}

/**
 * Every command group, loaded on demand: `stackclient server list` imports only bin/commands/server,
 * and `--help` imports none of them; `complete` imports them all (it lists every command's options).
 */
export const GROUPS: CommandGroup[] = [
  { name: 'token', summary: 'Issue or revoke a token', load: () => import('./commands/token.js') },
  { name: 'catalog', summary: 'List or show the service catalog', load: () => import('./commands/catalog.js') },
  { name: 'endpoint', summary: 'List, show, create, set or delete identity endpoints', load: () => import('./commands/endpoint.js') },
  { name: 'project', summary: 'List, show, create, set or delete projects', load: () => import('./commands/project.js') },
  { name: 'user', summary: 'List, show, create, set or delete users; user password set', load: () => import('./commands/user.js') },
  { name: 'role', summary: 'Roles, role add/remove and role assignment list', load: () => import('./commands/role.js') },
  { name: 'domain', summary: 'List, show, create, set or delete domains', load: () => import('./commands/domain.js') },
  { name: 'group', summary: 'Groups and their members (group add/remove/contains user)', load: () => import('./commands/group.js') },
  { name: 'service', summary: 'List, show, create, set or delete catalog services', load: () => import('./commands/service.js') },
  { name: 'region', summary: 'List, show, create, set or delete regions', load: () => import('./commands/region.js') },
  { name: 'application', summary: 'Application credentials: create, list, show, delete', load: () => import('./commands/application-credential.js') },
  { name: 'server', summary: 'Servers: list, show, create, delete, actions, set/unset; server groups', load: () => import('./commands/server.js') },
  { name: 'flavor', summary: 'List, show, create or delete compute flavors', load: () => import('./commands/flavor.js') },
  { name: 'keypair', summary: 'List, show, create or delete keypairs', load: () => import('./commands/keypair.js') },
  { name: 'console', summary: 'Show a server\'s console log', load: () => import('./commands/console.js') },
  { name: 'availability', summary: 'List availability zones', load: () => import('./commands/availability-zone.js') },
  { name: 'limits', summary: 'Show compute limits', load: () => import('./commands/limits.js') },
  { name: 'database', summary: 'Database (Trove) instances, databases, users, backups, configurations', load: () => import('./commands/database.js') },
  { name: 'datastore', summary: 'List database datastores and their versions', load: () => import('./commands/datastore.js') },
  { name: 'versions', summary: 'Show the API versions of the cloud\'s services', load: () => import('./commands/versions.js') },
  { name: 'request', summary: 'Send any authenticated request: request METHOD PATH --service TYPE', load: () => import('./commands/request.js') },
  { name: 'complete', summary: 'Print a bash completion script of every command', load: () => import('./commands/complete.js') },
  { name: 'tour', summary: 'A short narrated tour on the embedded local cloud', load: () => import('./commands/tour.js') },
];
