import type { AuthContext, HeldSecrets } from '../../lib/auth-plugin.js';
import { chooseVersion, discoverIdentity, type IdentityVersions } from './discovery.js';
import { describeUser, scopePart, userPart } from './identity-parts.js';
import type { IssuedToken } from './issued-token.js';
import { issueV2Token, issueV3Token } from './issue.js';
import { checkScope, checkUser, OptionCheck } from './options.js';
import { TokenPlugin } from './token-plugin.js';
import { v2AuthBody, v2PasswordCredentials } from './v2-request.js';
import type { V3PasswordOptions } from './v3-password.js';
import { v3AuthBody, v3PasswordIdentity, v3Scope } from './v3-request.js';

/** The v3 options, plus keystoneauth1's default domain that fills in the user and project domains. */
export interface PasswordOptions extends V3PasswordOptions {
  defaultDomainId?: string;
  defaultDomainName?: string;
}

/** Fills the user and project domains from the default domain (keystoneauth1's generic plugins do the same). */
export function withDefaultDomain<T extends PasswordOptions | Omit<PasswordOptions, 'password'>>(o: T): T {
  const id = o.defaultDomainId;
  const name = o.defaultDomainName;
  if (!id && !name) return { ...o };
  const out = { ...o };
  if (!out.userDomainId && !out.userDomainName) Object.assign(out, id ? { userDomainId: id } : { userDomainName: name });
  if (!out.projectDomainId && !out.projectDomainName) Object.assign(out, id ? { projectDomainId: id } : { projectDomainName: name });
  return out;
}

/** True when the scope can be said in identity v2.0 (no domain or system scope). */
export function v2CanScope(o: Omit<PasswordOptions, 'password'>): boolean {
  return !o.domainId && !o.domainName && !o.systemScope;
}

/**
 * Password authentication on whatever identity version the auth URL offers (v3 preferred), found from
 * its version document as keystoneauth1's generic `password` plugin does. The auth URL may be the
 * Keystone root or a versioned URL. Discovery happens once per plugin.
 */
export class Password extends TokenPlugin {
  readonly name = 'password';
  protected readonly method = 'password';
  readonly #o: PasswordOptions;
  #versions: IdentityVersions | undefined;

  constructor(options: PasswordOptions) {
    const c = new OptionCheck('password').need('authUrl', [options?.authUrl]).need('password', [options?.password])
      .need('userId or username', [options?.userId, options?.username]);
    checkScope('password', c, options ?? {});
    c.done();
    super('password', options);
    this.#o = withDefaultDomain(options);
  }

  protected async issueToken(ctx: AuthContext): Promise<IssuedToken> {
    this.#versions ??= await discoverIdentity(ctx, this.authUrl, this.about());
    const o = this.#o;
    const chosen = chooseVersion(this.#versions, this.about(), v2CanScope(o));
    if (chosen.version === 'v2.0') return issueV2Token(ctx, chosen.url, v2AuthBody(v2PasswordCredentials(o), o), this.about());
    const c = new OptionCheck('password');
    checkUser(c, o);
    checkScope('password', c, o);
    c.done();
    return issueV3Token(ctx, chosen.url, v3AuthBody(v3PasswordIdentity(o), v3Scope(o)), this.about());
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
