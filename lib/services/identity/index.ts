/**
 * Identity service (OpenStack Keystone). Keystone authenticates users and issues the tokens every
 * other service checks, and it owns the directory those tokens speak of: domains, which contain
 * projects, users and groups; roles, granted to a user or group on a project, a domain or the whole
 * system (role assignments list who holds what, `effective` expands groups and inheritance); the
 * service catalog (services, their endpoints per interface and region); application credentials that
 * let a program act for a user without the user's password; and token validation and revocation. API
 * v3 is current; v2.0 (tenants, users) is only for legacy clouds. The auth plugins in `plugins/keystone`
 * obtain tokens; these clients manage what Keystone holds.
 */
import type { BaseClientOptions } from '../../base-client.js';
import { extensible } from '../../client-extensions.js';
import { registerVersionMap } from '../common/create-client.js';
import { IdentityV2Client as IdentityV2ClientClass } from './v2/client.js';
import { IdentityV3Client as IdentityV3ClientClass } from './v3/client.js';

/** The Keystone v3 client; `extensions: [{ name, manager }]` mounts and types `client.<name>`. */
export const IdentityV3Client = extensible(IdentityV3ClientClass);
export type IdentityV3Client = IdentityV3ClientClass;
/** The Keystone v2.0 client, for legacy clouds. */
export const IdentityV2Client = extensible(IdentityV2ClientClass);
export type IdentityV2Client = IdentityV2ClientClass;

/** API version → client class, for `BaseClient.getClass('identity', version, identityVersionMap)`. */
export const identityVersionMap = { '3': IdentityV3Client, '2.0': IdentityV2Client } as const;

registerVersionMap('identity', identityVersionMap);

declare module '../common/create-client.js' {
  interface ServiceClientTypes {
    identity: {
      client: IdentityV3Client | IdentityV2Client;
      options: BaseClientOptions;
      versions: { '3': IdentityV3Client; '3.0': IdentityV3Client; 'v3': IdentityV3Client; '2.0': IdentityV2Client; 'v2.0': IdentityV2Client };
    };
  }
}

export { withIdentityVersion } from './versioned-client.js';
export type { SelfLink, IdentityListOptions } from './v3/base.js';
export { Project, ProjectsManager, type ProjectFields, type ProjectFilters, type ProjectCreate, type ProjectUpdate } from './v3/projects.js';
export { Domain, DomainsManager, type DomainFields, type DomainCreate, type DomainUpdate } from './v3/domains.js';
export { User, UsersManager, type UserFields, type UserFilters, type UserCreate, type UserUpdate } from './v3/users.js';
export { Group, GroupsManager, type GroupFields, type GroupCreate } from './v3/groups.js';
export { Role, RolesManager, type RoleFields, type GrantTarget } from './v3/roles.js';
export { RoleAssignment, RoleAssignmentsManager, type RoleAssignmentFields, type RoleAssignmentFilters } from './v3/role-assignments.js';
export { Region, RegionsManager, type RegionFields } from './v3/regions.js';
export { Service, ServicesManager, type ServiceFields, type ServiceCreate } from './v3/services.js';
export { Endpoint, EndpointsManager, type EndpointFields, type EndpointFilters, type EndpointCreate } from './v3/endpoints.js';
export {
  ApplicationCredential, ApplicationCredentialsManager,
  type ApplicationCredentialFields, type ApplicationCredentialCreate,
} from './v3/application-credentials.js';
export { TokensManager, type TokenBody, type ValidateOptions } from './v3/tokens.js';
export { Tenant, TenantsManager, type TenantFields } from './v2/tenants.js';
export { V2User, V2UsersManager, type V2UserFields } from './v2/users.js';
