// The public surface of stackclient: what a user constructs, calls, catches or types, as named exports and nothing else.
// Internals (log, catalog and keyring helpers, config providers, retry and timing machinery) stay importable only inside
// the package: the exports map has `.`, `./testing` and `./package.json`. `node scripts/list-exports.mjs` lists this surface.

// The session, the client base, and what a request takes and returns.
export { HTTPClient, type HTTPClientOptions } from './lib/session/http-client.js';
export { BaseClient, type BaseClientOptions, type PrepareState, type ClientIdentity } from './lib/base-client.js';
export type { ClientExtension, ExtensionManagers, Extensible } from './lib/client-extensions.js';
export { getClass, type VersionMap } from './lib/version-map.js';
export type { RequestOptions, HttpResponse, QueryValue } from './lib/transport/request-options.js';
export type { TimeoutSetting, HttpTransport, TransportRequest, TransportResponse } from './lib/transport/transport.js';
export type { Agents } from './lib/transport/proxy-agents.js';
export type { ClientCertificate } from './lib/transport/tls-options.js';
export type { RetryOptions } from './lib/transport/retry.js';
export type { TimingRecord, TimingPhases } from './lib/timings.js';
export { hashSecret, redactUrl } from './lib/log/redact.js';
export { VERSION } from './lib/version.js';

// Hooks, listeners, the user's logger and access log, the circuit breaker (HTTPClient options hooks, logger, accessLog,
// circuitBreaker, backupEndpoints; http.on/off).
export {
  STOP_RETRYING,
  type Hooks, type BeforeRequestHook, type AfterResponseHook, type BeforeRetryHook, type BeforeErrorHook, type BeforeRequestState,
  type AfterResponseState, type BeforeRetryState, type BeforeErrorState, type RequestEventState, type ExchangeView,
} from './lib/hooks/types.js';
export type { HttpEventMap, HttpEventName, HttpListener } from './lib/hooks/http-events.js';
export type { Logger } from './lib/log/user-logger.js';
export type { AccessLogOption } from './lib/log/access-log.js';
export type { CircuitBreakerOptions, CircuitState, CircuitTransition } from './lib/breaker/circuit-breaker.js';
export type { BackupEndpoint, BackupEndpoints } from './lib/breaker/circuit-router.js';

// The auth plugin contract, for plugins of your own.
export type {
  AuthPlugin, AuthContext, AuthState, AuthHttpRequest, AuthHttpResponse, EndpointFilter, EndpointInterface,
  EndpointInterfaceInput, RequestToAuthorize, HeldSecrets,
} from './lib/auth-plugin.js';

// Errors: one root, a class per failure, guards that work across two copies of the package.
export { ClientError, isClientError, type ClientErrorOptions } from './lib/errors/client-error.js';
export {
  HttpError, isHttpError, BadRequest, Unauthorized, PaymentRequired, Forbidden, NotFound, MethodNotAllowed, NotAcceptable,
  ProxyAuthenticationRequired, RequestTimeout, Conflict, Gone, LengthRequired, PreconditionFailed, RequestEntityTooLarge,
  RequestUriTooLong, UnsupportedMediaType, RequestedRangeNotSatisfiable, ExpectationFailed, UnprocessableEntity, TooManyRequests,
  InternalServerError, HttpNotImplemented, BadGateway, ServiceUnavailable, GatewayTimeout, HttpVersionNotSupported,
  type HttpErrorDetails,
} from './lib/errors/http-errors.js';
export { UnauthorizedAfterReauth } from './lib/errors/unauthorized-after-reauth.js';
export { fromResponse, type ResponseLike } from './lib/errors/from-response.js';
export {
  ConnectionError, ConnectionRefused, ConnectionReset, DnsLookupFailed, TlsError, TimeoutError, ConnectTimeout, ReadTimeout,
  RequestAborted, InvalidResponse, type TransportErrorDetails,
} from './lib/errors/transport-errors.js';
export {
  AuthorizationFailure, AuthPluginOptionsMissing, ReauthenticationFailed, EndpointNotFound, AmbiguousEndpoints,
  UnsupportedVersion, NoUniqueMatch, ConfigError, WaitTimeout, ResourceInErrorState, InvalidArgument,
} from './lib/errors/framework-errors.js';
export { ProtocolError, ResponseTooLarge, UnsupportedRedirect, UnexpectedRedirect } from './lib/errors/response-errors.js';
export { CircuitOpen, type CircuitOpenDetails } from './lib/errors/circuit-open.js';
export { ActionFailed, isActionFailed } from './lib/errors/action-failed.js';
export { fromActionResponse } from './lib/errors/from-response.js';
export { DiscoveryFailure } from './lib/errors/discovery-failure.js';
export { CredentialsNotFound } from './lib/errors/credentials-not-found.js';
export { ChecksumMismatch, BodyNotReplayable, DownloadResumeFailed, MultipartUploadFailed } from './lib/errors/transfer-errors.js';

// Payloads (HTTPClient upload, download, events, uploadForm, multipartUpload): their targets, options and results.
export type {
  TransferTarget, ServiceTarget, ClientTarget, TransferCallOptions, TransferProgress, ProgressListener, TargetRequest,
} from './lib/transfer/target.js';
export type { UploadSource, UploadOptions } from './lib/transfer/upload.js';
export type { DownloadDestination, DownloadOptions, DownloadResult } from './lib/transfer/download.js';
export type { ServerSentEvent, ServerSentEventsOptions } from './lib/transfer/server-sent-events.js';
export type { FormFields, FormValue, FormFile, FormUploadOptions } from './lib/transfer/form-upload.js';
export type {
  MultipartSteps, MultipartPart, UploadedPart, MultipartUploadOptions, MultipartUploadResult,
} from './lib/transfer/multipart-upload.js';
export { archiveMultipartSteps, type ArchiveMultipartOptions, type ArchiveUploadResult } from './lib/transfer/archive-multipart-steps.js';
export type { ChecksumAlgorithm, ExpectedChecksum, KnownChecksums } from './lib/transfer/checksums.js';
export type { BodySource } from './lib/transport/body-source.js';
export type { TransportStream } from './lib/transport/transport.js';

// The service catalog a token plugin holds (`plugin.catalog`).
export type { ServiceCatalog, CatalogService, CatalogEndpoint } from './lib/catalog/index.js';

// Stores for `keyring:` (auth state cached between processes).
export {
  FileStore, MemoryStore, FallbackStore, OsKeyringStore, KeyringError,
  type AuthStateStore, type KeyringOption, type FileStoreOptions, type MemoryStoreOptions, type OsKeyringStoreOptions,
  type SecretBackend,
} from './lib/keyring/index.js';
export { RedisStore, type RedisStoreOptions, type RedisConnectionOptions, type SharedAuthRequest, type RedisUrl } from './lib/keyring/index.js';

// Auth plugins.
export { StaticToken, type StaticTokenOptions } from './plugins/static-token.js';
export {
  V3Password, V3Token, V3ApplicationCredential, V2Password, V2Token, Password, Token, TokenPlugin,
  type V3PasswordOptions, type V3TokenOptions, type V3ApplicationCredentialOptions, type V2PasswordOptions,
  type V2TokenOptions, type PasswordOptions, type TokenOptions, type KeystoneCommonOptions, type KeystoneScopeOptions,
  type KeystoneUserOptions, type TokenScope,
} from './plugins/keystone/index.js';
export { AkSk, type AkSkOptions } from './plugins/signing/aksk.js';
export { TencentTC3, type TencentTC3Options } from './plugins/signing/tencent-tc3.js';
export type { SigningKeyOptions } from './plugins/signing/signing-credentials.js';

// Any service without a service class: GenericClient (http.service(type, version)) and the action-style ActionClient.
export { GenericClient, type GenericClientOptions } from './lib/generic/generic-client.js';
export type { ApiVersion } from './lib/generic/version-document.js';
export { ActionClient, type ActionClientOptions, type ActionCallOptions } from './lib/action/action-client.js';

// Credentials for the signing plugins: a provider chain (environment → clouds.yaml → metadata service) or your own providers.
export { createCredentialChain, type CredentialChain, type CredentialChainOptions } from './lib/credentials/chain.js';
export type { Credentials, CredentialSource } from './lib/credentials/types.js';
export type { CredentialProvider } from './lib/credentials/provider.js';
export { credentialsFromEnv, DEFAULT_ENV_NAMES, type CredentialsFromEnvOptions, type EnvCredentialNames } from './lib/credentials/from-env.js';
export { credentialsFromCloudsYaml, type CredentialsFromCloudsYamlOptions } from './lib/credentials/from-clouds-yaml.js';
export { credentialsFromMetadata, HUAWEI_METADATA_URL, type CredentialsFromMetadataOptions } from './lib/credentials/from-metadata.js';

// What every service client shares: resources, managers, createClient over the registered version maps.
export {
  Resource, Manager, createClient, registerVersionMap,
  type ResourceClass, type CallOptions, type ListCallOptions, type WaitForOptions,
  type WaitProgressState, type FindCriteria, type ClientClass, type ServiceClientTypes, type RequestClient,
  type Ref, type ListOptions, type WaitOptions, type CallTimeout,
} from './lib/services/common/index.js';

// Importing a service's index registers its version map with createClient().
export {
  ComputeV2Client, computeVersionMap, ServersManager, Server, FlavorsManager, Flavor, KeypairsManager, Keypair,
  AvailabilityZonesManager, AvailabilityZone, LimitsManager, Limits, ServerGroupsManager, ServerGroup, ServerTagsManager,
  QuotaSetsManager, QuotaSet,
  MIN_MICROVERSION, MAX_MICROVERSION,
  type ComputeV2ClientOptions, type ServerWaitOptions, type MicroversionRange,
} from './lib/services/compute/index.js';
export {
  DatabaseV1Client, databaseVersionMap, Instance, InstancesManager, Database, DatabasesManager,
  User as DatabaseUser, UsersManager as DatabaseUsersManager, Flavor as DatabaseFlavor, FlavorsManager as DatabaseFlavorsManager,
  Datastore, DatastoresManager, DatastoreVersion, DatastoreVersionsManager, Backup, BackupsManager, Configuration,
  ConfigurationsManager,
  type InstanceCreateOptions, type InstanceFields, type InstanceListOptions, type InstanceWaitOptions,
  type BackupCreateOptions, type ConfigurationCreateOptions,
} from './lib/services/database/index.js';
export {
  IdentityV3Client, IdentityV2Client, identityVersionMap, Project, ProjectsManager, Domain, DomainsManager, User, UsersManager,
  Group, GroupsManager, Role, RolesManager, RoleAssignment, RoleAssignmentsManager, Region, RegionsManager, Service,
  ServicesManager, Endpoint, EndpointsManager, ApplicationCredential, ApplicationCredentialsManager, TokensManager, Tenant,
  TenantsManager, V2User, V2UsersManager,
  type ProjectFields, type UserFields, type RoleAssignmentFilters, type ApplicationCredentialCreate, type TokenBody,
} from './lib/services/identity/index.js';

// Configuration as openstacksdk reads it (flags, OS_* variables, clouds.yaml), and a session built from it.
export {
  resolveCloudConfig, createSessionFromConfig,
  type CloudConfig, type ConfigArgs, type AuthOptions, type AuthType, type ValueSource, type ResolveConfigOptions,
  type AuthPluginRegistry, type AuthPluginFactory, type CreateSessionOptions,
} from './lib/config/index.js';
export { authPlugins as defaultAuthPlugins } from './plugins/config-auth-plugins.js';

// The options, fields and results of the services' public methods, so user code can name them.
export type { IterateCallOptions, PageState, ManagerRequestOptions, QueryInput, JsonRecord } from './lib/services/common/index.js';
export type {
  ServerFields, ServerFault, ServerAddress, ServerNetwork, BlockDeviceMapping, CreateServerOptions, ServerListFilters,
  ServerListOptions, RebootType, RebuildOptions, Link, FlavorFields, FlavorListOptions, CreateFlavorOptions, KeypairFields,
  CreateKeypairOptions, AvailabilityZoneFields, LimitsFields, AbsoluteLimits, ServerGroupFields, ServerGroupPolicy,
  QuotaSetFields, QuotaUsage, QuotaSetGetOptions, QuotaSetChanges,
} from './lib/services/compute/index.js';
export type {
  DatabaseSpec, UserSpec, NicSpec, DatabaseFields, UserFields as DatabaseUserFields,
  UserChanges as DatabaseUserChanges, FlavorFields as DatabaseFlavorFields, DatastoreFields, DatastoreVersionFields,
  BackupFields, BackupListOptions, BackupWaitOptions, ConfigurationFields,
} from './lib/services/database/index.js';
export type {
  ProjectFilters, ProjectCreate, ProjectUpdate, DomainFields, DomainCreate, DomainUpdate, UserFilters, UserCreate, UserUpdate,
  GroupFields, GroupCreate, RoleFields, GrantTarget, RoleAssignmentFields, RegionFields, ServiceFields, ServiceCreate,
  EndpointFields, EndpointFilters, EndpointCreate, ApplicationCredentialFields, ValidateOptions as TokenValidateOptions,
  TenantFields, V2UserFields,
} from './lib/services/identity/index.js';
export type { IdentityListOptions } from './lib/services/identity/index.js';
