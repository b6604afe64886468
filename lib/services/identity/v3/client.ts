import type { BaseClientOptions } from '../../../base-client.js';
import type { HTTPClient } from '../../../session/http-client.js';
import { VersionedIdentityClient } from '../versioned-client.js';
import { ApplicationCredentialManager } from './application-credentials.js';
import { DomainManager } from './domains.js';
import { EndpointManager } from './endpoints.js';
import { GroupManager } from './groups.js';
import { ProjectManager } from './projects.js';
import { RegionManager } from './regions.js';
import { RoleAssignmentManager } from './role-assignments.js';
import { RoleManager } from './roles.js';
import { ServiceManager } from './services.js';
import { TokenManager } from './tokens.js';
import { UserManager } from './users.js';

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

  readonly projects: ProjectManager;
  readonly domains: DomainManager;
  readonly users: UserManager;
  readonly groups: GroupManager;
  readonly roles: RoleManager;
  readonly roleAssignments: RoleAssignmentManager;
  readonly regions: RegionManager;
  readonly services: ServiceManager;
  readonly endpoints: EndpointManager;
  readonly applicationCredentials: ApplicationCredentialManager;
  readonly tokens: TokenManager;

  constructor(http: HTTPClient, options: BaseClientOptions = {}) {
    super(http, options);
    this.projects = new ProjectManager(this);
    this.domains = new DomainManager(this);
    this.users = new UserManager(this);
    this.groups = new GroupManager(this);
    this.roles = new RoleManager(this);
    this.roleAssignments = new RoleAssignmentManager(this);
    this.regions = new RegionManager(this);
    this.services = new ServiceManager(this);
    this.endpoints = new EndpointManager(this);
    this.applicationCredentials = new ApplicationCredentialManager(this);
    this.tokens = new TokenManager(this);
  }
}

declare module '../../../session/http-client.js' {
  interface HTTPClient {
    /** The identity client (v3 or v2.0), once one was created on this session. */
    identity?: IdentityV3Client | import('../v2/client.js').IdentityV2Client;
  }
}
