import type { AuthContext, HeldSecrets } from '../../lib/auth-plugin.js';
import { scopePart } from './identity-parts.js';
import { identityUrlFor } from './identity-url.js';
import type { IssuedToken } from './issued-token.js';
import { issueV2Token } from './issue.js';
import { OptionCheck, type KeystoneCommonOptions } from './options.js';
import { TokenPlugin } from './token-plugin.js';
import { v2AuthBody, v2PasswordCredentials, type V2ScopeFields } from './v2-request.js';

export interface V2PasswordOptions extends KeystoneCommonOptions, V2ScopeFields {
  userId?: string;
  username?: string;
  password: string;
}

function check(o: V2PasswordOptions): V2PasswordOptions {
  new OptionCheck('v2password').need('authUrl', [o?.authUrl]).need('password', [o?.password])
    .need('userId or username', [o?.userId, o?.username]).done();
  return o;
}

/** Identity v2.0 password authentication (legacy clouds), scoped to a tenant (project) by id or name. */
export class V2Password extends TokenPlugin {
  readonly name = 'v2password';
  protected readonly method = 'password';
  readonly #o: V2PasswordOptions;
  readonly #identityUrl: string;

  constructor(options: V2PasswordOptions) {
    super('v2password', check(options));
    this.#o = { ...options };
    this.#identityUrl = identityUrlFor(this.name, this.authUrl, 'v2.0');
  }

  protected issueToken(ctx: AuthContext): Promise<IssuedToken> {
    return issueV2Token(ctx, this.#identityUrl, v2AuthBody(v2PasswordCredentials(this.#o), this.#o), this.about());
  }

  protected heldCredentials(): HeldSecrets {
    return { secrets: [this.#o.password] };
  }

  protected identityParts(): string[] {
    const o = this.#o;
    return [o.userId ? `user=id:${o.userId}` : `user=name:${o.username}`, scopePart(o)];
  }

  bindingSecret(): string {
    return this.#o.password;
  }

  protected describeWho(): string {
    return this.#o.userId ? `user ${this.#o.userId}` : `user "${this.#o.username}"`;
  }
}
