/**
 * Keystone auth plugins: identity v3 password, token and application credential; v2.0 password and token
 * for legacy clouds; and the generic Password / Token that discover the version from the auth URL.
 * Options are keystoneauth1's, camel-cased.
 */
export { TokenPlugin } from './token-plugin.js';
export { V3Password, type V3PasswordOptions } from './v3-password.js';
export { V3Token, type V3TokenOptions } from './v3-token.js';
export { V3ApplicationCredential, type V3ApplicationCredentialOptions } from './v3-application-credential.js';
export { V2Password, type V2PasswordOptions } from './v2-password.js';
export { V2Token, type V2TokenOptions } from './v2-token.js';
export { Password, type PasswordOptions } from './generic-password.js';
export { Token, type TokenOptions } from './generic-token.js';
export type { KeystoneCommonOptions, KeystoneScopeOptions, KeystoneUserOptions } from './options.js';
export type { TokenScope } from './issued-token.js';
export { parseVersionDocument, type IdentityVersions } from './discovery.js';
