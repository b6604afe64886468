import type { AuthContext, HeldSecrets } from '../../lib/auth-plugin.js';
import { chooseVersion, discoverIdentity, type IdentityVersions } from './discovery.js';
import { v2CanScope, withDefaultDomain } from './generic-password.js';
import { scopePart } from './identity-parts.js';
import type { IssuedToken } from './issued-token.js';
import { issueV2Token, issueV3Token } from './issue.js';
import { checkScope, OptionCheck } from './options.js';
import { hashSecret } from '../../lib/log/redact.js';
import { TokenPlugin } from './token-plugin.js';
import { v2AuthBody, v2TokenCredentials } from './v2-request.js';
import type { V3TokenOptions } from './v3-token.js';
import { v3AuthBody, v3Scope, v3TokenIdentity } from './v3-request.js';

export interface TokenOptions extends V3TokenOptions {
  defaultDomainId?: string;
  defaultDomainName?: string;
}

/**
 * Token authentication on whatever identity version the auth URL offers (v3 preferred), as keystoneauth1's
 * generic `token` plugin does.
 */
export class Token extends TokenPlugin {
  readonly name = 'token';
  protected readonly method = 'token';
  readonly #o: TokenOptions;
  #versions: IdentityVersions | undefined;

  constructor(options: TokenOptions) {
    const c = new OptionCheck('token').need('authUrl', [options?.authUrl]).need('token', [options?.token]);
    checkScope('token', c, options ?? {});
    c.done();
    super('token', options);
    this.#o = withDefaultDomain(options);
  }

  protected async issueToken(ctx: AuthContext): Promise<IssuedToken> {
    this.#versions ??= await discoverIdentity(ctx, this.authUrl, this.about());
    const o = this.#o;
    const chosen = chooseVersion(this.#versions, this.about(), v2CanScope(o));
    if (chosen.version === 'v2.0') return issueV2Token(ctx, chosen.url, v2AuthBody(v2TokenCredentials(o.token), o), this.about());
    const c = new OptionCheck('token');
    checkScope('token', c, o);
    c.done();
    return issueV3Token(ctx, chosen.url, v3AuthBody(v3TokenIdentity(o.token), v3Scope(o)), this.about());
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
