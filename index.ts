// The public surface of stackclient: named exports only.
export { HTTPClient, type HTTPClientOptions } from './lib/session/http-client.js';
export { BaseClient, type BaseClientOptions } from './lib/base-client.js';
export { getClass, normalizeVersion, type VersionMap } from './lib/version-map.js';
export type { RequestOptions, HttpResponse, QueryValue } from './lib/transport/request-options.js';
export type { TimeoutSetting, TransportOptions } from './lib/transport/transport.js';
export type { RetryOptions, RetryState } from './lib/transport/retry.js';
export { isRetryable } from './lib/transport/retry.js';
export { VERSION } from './lib/version.js';
export type {
  AuthPlugin, AuthContext, AuthState, AuthHttpRequest, AuthHttpResponse, EndpointFilter, EndpointInterface,
  EndpointInterfaceInput, RequestToAuthorize,
} from './lib/auth-plugin.js';
export { isAuthPlugin, normalizeInterface } from './lib/auth-plugin.js';
export * from './lib/errors/index.js';
export { TimingRecorder, type TimingRecord, type TimingPhases } from './lib/timings.js';
export { hashSecret, redactUrl } from './lib/log/redact.js';
export { formatCurl } from './lib/log/curl.js';
export { StaticToken, type StaticTokenOptions } from './plugins/static-token.js';
export { fromResponse, parseRetryAfter, type ResponseLike } from './lib/errors/from-response.js';
export { redactHeaders, redactBody, redactJsonValue } from './lib/log/redact.js';
export { formatResponse, type CurlRequestInfo, type ResponseLogInfo } from './lib/log/curl.js';
export { createHttpLog, type HttpLog } from './lib/log/http-log.js';
export { phasesFromGot } from './lib/timings.js';

export {
  findEndpoint, parseV3Catalog, parseV2Catalog, serviceTypeCandidates, officialServiceType, sameServiceType,
  fillProjectTemplate, hasProjectTemplate, catalogTypes, isServiceCatalog,
  type ServiceCatalog, type CatalogService, type CatalogEndpoint, type FindEndpointFilter, type FindEndpointOptions,
} from './lib/catalog/index.js';

export {
  resolveStore, FileStore, MemoryStore, FallbackStore, OsKeyringStore, KeyringError, keyringAccount, KEYRING_SERVICE,
  loadCachedAuth, saveAuth, forgetAuth,
  type AuthStateStore, type KeyringOption, type FileStoreOptions, type MemoryStoreOptions, type ResolveStoreOptions,
} from './lib/keyring/index.js';

export {
  V3Password, V3Token, V3ApplicationCredential, V2Password, V2Token, Password, Token, TokenPlugin, tokenHash,
  parseVersionDocument,
  type V3PasswordOptions, type V3TokenOptions, type V3ApplicationCredentialOptions, type V2PasswordOptions,
  type V2TokenOptions, type PasswordOptions, type TokenOptions, type KeystoneCommonOptions, type KeystoneScopeOptions,
  type KeystoneUserOptions, type TokenScope, type IdentityVersions,
} from './plugins/keystone/index.js';
export { AkSk, type AkSkOptions } from './plugins/signing/aksk.js';

export {
  Resource, Manager, paginate, listAll, waitFor, createClient, registerVersionMap, getVersionMap, registeredApis,
  InvalidArgument, DEFAULT_PAGE_CAP,
  type ResourceClass, type CallOptions, type ListCallOptions, type PaginateOptions, type PageState, type WaitForOptions,
  type WaitProgressState, type FindCriteria, type ClientClass, type ServiceClientTypes, type RequestClient,
} from './lib/services/common/index.js';

// Importing a service's index registers its version map with createClient().
export {
  ComputeV2Client, computeVersionMap, ServersManager, Server, FlavorsManager, Flavor, KeypairsManager, Keypair,
  AvailabilityZonesManager, AvailabilityZone, LimitsManager, Limits, ServerGroupsManager, ServerGroup,
  MIN_MICROVERSION, MAX_MICROVERSION,
  type ComputeV2ClientOptions, type ServerWaitOptions, type MicroversionRange,
} from './lib/services/compute/index.js';
export {
  DatabaseV1Client, databaseVersionMap, Instance, InstanceManager, Database, DatabaseManager,
  User as DatabaseUser, UserManager as DatabaseUserManager, Flavor as DatabaseFlavor, FlavorManager as DatabaseFlavorManager,
  Datastore, DatastoreManager, DatastoreVersion, DatastoreVersionManager, Backup, BackupManager, Configuration,
  ConfigurationManager,
  type InstanceCreateOptions, type InstanceFields, type InstanceListOptions, type InstanceWaitOptions,
  type BackupCreateOptions, type ConfigurationCreateOptions,
} from './lib/services/database/index.js';
export {
  IdentityV3Client, IdentityV2Client, identityVersionMap, Project, ProjectManager, Domain, DomainManager, User, UserManager,
  Group, GroupManager, Role, RoleManager, RoleAssignment, RoleAssignmentManager, Region, RegionManager, Service,
  ServiceManager, Endpoint, EndpointManager, ApplicationCredential, ApplicationCredentialManager, TokenManager, Tenant,
  TenantManager, V2User, V2UserManager,
  type ProjectFields, type UserFields, type RoleAssignmentFilters, type ApplicationCredentialCreate, type TokenBody,
} from './lib/services/identity/index.js';

export {
  resolveCloudConfig, createSessionFromConfig, LOCAL_CLOUD, chain, fromArgs, fromEnv, fromCloudsYaml, readCloudsFiles,
  finalizeConfig, candidateFiles, configDirs, AUTH_TYPES,
  type CloudConfig, type ConfigArgs, type AuthOptions, type AuthType, type ConfigLayer, type ConfigProvider,
  type ResolveConfigOptions, type AuthPluginRegistry, type AuthPluginFactory, type CreateSessionOptions, type RawCloud,
} from './lib/config/index.js';
export { authPlugins as defaultAuthPlugins } from './plugins/config-auth-plugins.js';
