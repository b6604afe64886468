import type { AuthContext, HeldSecrets } from '../../lib/auth-plugin.js';
import { scopePart } from './identity-parts.js';
import { identityUrlFor } from './identity-url.js';
import type { IssuedToken } from './issued-token.js';
import { issueV3Token } from './issue.js';
import { checkScope, OptionCheck, type KeystoneCommonOptions, type KeystoneScopeOptions } from './options.js';
import { hashSecret } from '../../lib/log/redact.js';
import { TokenPlugin } from './token-plugin.js';
import { v3AuthBody, v3Scope, v3TokenIdentity } from './v3-request.js';

export interface V3TokenOptions extends KeystoneCommonOptions, KeystoneScopeOptions {
  /** An existing token, exchanged for a new one (re-scoped when a scope is given). */
  token: string;
}

function check(o: V3TokenOptions): V3TokenOptions {
  const c = new OptionCheck('v3token').need('authUrl', [o?.authUrl]).need('token', [o?.token]);
  checkScope('v3token', c, o ?? {});
  c.done();
  return o;
}

/**
 * Identity v3 token authentication: exchanges an existing token for a new one, typically to re-scope an
 * unscoped token to a project or domain. The new token expires no later than the one it came from.
 */
export class V3Token extends TokenPlugin {
  readonly name = 'v3token';
  protected readonly method = 'token';
  readonly #o: V3TokenOptions;
  readonly #identityUrl: string;

  constructor(options: V3TokenOptions) {
    super('v3token', check(options));
    this.#o = { ...options };
    this.#identityUrl = identityUrlFor(this.name, this.authUrl, 'v3');
  }

  protected issueToken(ctx: AuthContext): Promise<IssuedToken> {
    return issueV3Token(ctx, this.#identityUrl, v3AuthBody(v3TokenIdentity(this.#o.token), v3Scope(this.#o)), this.about());
  }

  protected heldCredentials(): HeldSecrets {
    return { tokens: [this.#o.token] };
  }

  protected identityParts(): string[] {
    return [`token=${hashSecret(this.#o.token)}`, scopePart(this.#o)];
  }

  bindingSecret(): string {
    return this.#o.token;
  }

  protected describeWho(): string {
    return `token ${hashSecret(this.#o.token).slice(0, 20)}…`;
  }
}
