import type { AuthContext, HeldSecrets } from '../../lib/auth-plugin.js';
import { describeUser, scopePart, userPart } from './identity-parts.js';
import { identityUrlFor } from './identity-url.js';
import type { IssuedToken } from './issued-token.js';
import { issueV3Token } from './issue.js';
import { checkScope, checkUser, OptionCheck, type KeystoneCommonOptions, type KeystoneScopeOptions, type KeystoneUserOptions } from './options.js';
import { TokenPlugin } from './token-plugin.js';
import { v3AuthBody, v3PasswordIdentity, v3Scope } from './v3-request.js';

export interface V3PasswordOptions extends KeystoneCommonOptions, KeystoneUserOptions, KeystoneScopeOptions {
  password: string;
}

function check(o: V3PasswordOptions): V3PasswordOptions {
  const c = new OptionCheck('v3password').need('authUrl', [o?.authUrl]).need('password', [o?.password]);
  checkUser(c, o ?? {});
  checkScope('v3password', c, o ?? {});
  c.done();
  return o;
}

/**
 * Identity v3 password authentication: a user by id, or by name + domain; scoped to a project (id, or
 * name + domain), a domain, the system, a trust, explicitly unscoped, or (no scope option) the user's default project.
 * @example
 * new V3Password({ authUrl: 'http://127.0.0.1:5000/v3', username: 'admin', password, userDomainName: 'Default',
 *   projectName: 'admin', projectDomainName: 'Default' })
 */
export class V3Password extends TokenPlugin {
  readonly name = 'v3password';
  protected readonly method = 'password';
  readonly #o: V3PasswordOptions;
  readonly #identityUrl: string;

  constructor(options: V3PasswordOptions) {
    super('v3password', check(options));
    this.#o = { ...options };
    this.#identityUrl = identityUrlFor(this.name, this.authUrl, 'v3');
  }

  protected issueToken(ctx: AuthContext): Promise<IssuedToken> {
    return issueV3Token(ctx, this.#identityUrl, v3AuthBody(v3PasswordIdentity(this.#o), v3Scope(this.#o)), this.about());
  }

  protected heldCredentials(): HeldSecrets {
    return { secrets: [this.#o.password] };
  }

  protected identityParts(): string[] {
    return [userPart(this.#o), scopePart(this.#o)];
  }

  bindingSecret(): string {
    return this.#o.password;
  }

  protected describeWho(): string {
    return describeUser(this.#o);
  }
}
