import type { AuthContext, HeldSecrets } from '../../lib/auth-plugin.js';
import { scopePart } from './identity-parts.js';
import { identityUrlFor } from './identity-url.js';
import type { IssuedToken } from './issued-token.js';
import { issueV2Token } from './issue.js';
import { OptionCheck, type KeystoneCommonOptions } from './options.js';
import { hashSecret } from '../../lib/log/redact.js';
import { TokenPlugin } from './token-plugin.js';
import { v2AuthBody, v2TokenCredentials, type V2ScopeFields } from './v2-request.js';

export interface V2TokenOptions extends KeystoneCommonOptions, V2ScopeFields {
  token: string;
}

function check(o: V2TokenOptions): V2TokenOptions {
  new OptionCheck('v2token').need('authUrl', [o?.authUrl]).need('token', [o?.token]).done();
  return o;
}

/** Identity v2.0 token authentication (legacy clouds): exchanges a token, usually for one scoped to a tenant. */
export class V2Token extends TokenPlugin {
  readonly name = 'v2token';
  protected readonly method = 'token';
  readonly #o: V2TokenOptions;
  readonly #identityUrl: string;

  constructor(options: V2TokenOptions) {
    super('v2token', check(options));
    this.#o = { ...options };
    this.#identityUrl = identityUrlFor(this.name, this.authUrl, 'v2.0');
  }

  protected issueToken(ctx: AuthContext): Promise<IssuedToken> {
    return issueV2Token(ctx, this.#identityUrl, v2AuthBody(v2TokenCredentials(this.#o.token), this.#o), this.about());
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
