import type { BaseClientOptions } from '../../../base-client.js';
import type { HTTPClient } from '../../../session/http-client.js';
import { VersionedIdentityClient } from '../versioned-client.js';
import { TenantsManager } from './tenants.js';
import { V2UsersManager } from './users.js';

/**
 * Keystone Identity API v2.0, for legacy clouds (Keystone removed it in Queens). Requests go to the
 * catalog's `identity` endpoint with `/v2.0` as its version segment.
 */
export class IdentityV2Client extends VersionedIdentityClient {
  static override readonly serviceType: string = 'identity';
  static override readonly attributeName: string = 'identity';
  protected readonly versionPath = 'v2.0';

  readonly tenants: TenantsManager;
  readonly users: V2UsersManager;

  constructor(http: HTTPClient, options: BaseClientOptions = {}) {
    super(http, options);
    this.tenants = new TenantsManager(this);
    this.users = new V2UsersManager(this);
  }
}
