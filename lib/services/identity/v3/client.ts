import type { BaseClientOptions } from '../../../base-client.js';
import type { HTTPClient } from '../../../session/http-client.js';
import { VersionedIdentityClient } from '../versioned-client.js';
import { ApplicationCredentialsManager } from './application-credentials.js';
import { DomainsManager } from './domains.js';
import { EndpointsManager } from './endpoints.js';
import { GroupsManager } from './groups.js';
import { ProjectsManager } from './projects.js';
import { RegionsManager } from './regions.js';
import { RoleAssignmentsManager } from './role-assignments.js';
import { RolesManager } from './roles.js';
import { ServicesManager } from './services.js';
import { TokensManager } from './tokens.js';
import { UsersManager } from './users.js';

/**
 * Keystone Identity API v3. Requests go to the catalog's `identity` endpoint with `/v3` as its version
 * segment (added when the catalog lists a versionless URL).
 * @example
 * const identity = new IdentityV3Client(http);     // http.identity === identity
 * const project = await identity.projects.create({ name: 'team-a', domain: 'default' });
 * await identity.roles.grant(await identity.roles.find({ name: 'member' }), { user: userId, project });
 */
export class IdentityV3Client extends VersionedIdentityClient {
  static override readonly serviceType: string = 'identity';
  static override readonly attributeName: string = 'identity';
  protected readonly versionPath = 'v3';

  readonly projects: ProjectsManager;
  readonly domains: DomainsManager;
  readonly users: UsersManager;
  readonly groups: GroupsManager;
  readonly roles: RolesManager;
  readonly roleAssignments: RoleAssignmentsManager;
  readonly regions: RegionsManager;
  readonly services: ServicesManager;
  readonly endpoints: EndpointsManager;
  readonly applicationCredentials: ApplicationCredentialsManager;
  readonly tokens: TokensManager;

  constructor(http: HTTPClient, options: BaseClientOptions = {}) {
    super(http, options);
    this.projects = new ProjectsManager(this);
    this.domains = new DomainsManager(this);
    this.users = new UsersManager(this);
    this.groups = new GroupsManager(this);
    this.roles = new RolesManager(this);
    this.roleAssignments = new RoleAssignmentsManager(this);
    this.regions = new RegionsManager(this);
    this.services = new ServicesManager(this);
    this.endpoints = new EndpointsManager(this);
    this.applicationCredentials = new ApplicationCredentialsManager(this);
    this.tokens = new TokensManager(this);
  }
}

declare module '../../../session/http-client.js' {
  interface HTTPClient {
    /** The identity client (v3 or v2.0), once one was created on this session. */
    identity?: IdentityV3Client | import('../v2/client.js').IdentityV2Client;
  }
}
