import type { AuthContext, HeldSecrets } from '../../lib/auth-plugin.js';
import { describeUser, userPart } from './identity-parts.js';
import { identityUrlFor } from './identity-url.js';
import type { IssuedToken } from './issued-token.js';
import { issueV3Token } from './issue.js';
import { checkUser, OptionCheck, type KeystoneCommonOptions } from './options.js';
import { TokenPlugin } from './token-plugin.js';
import { v3ApplicationCredentialIdentity, v3AuthBody, type V3ApplicationCredentialFields } from './v3-request.js';

/** An application credential by id + secret, or by name + its user + secret. It carries its own scope: none is accepted. */
export interface V3ApplicationCredentialOptions extends KeystoneCommonOptions, V3ApplicationCredentialFields {}

function check(o: V3ApplicationCredentialOptions): V3ApplicationCredentialOptions {
  const c = new OptionCheck('v3applicationcredential')
    .need('authUrl', [o?.authUrl])
    .need('applicationCredentialSecret', [o?.applicationCredentialSecret])
    .need('applicationCredentialId or applicationCredentialName', [o?.applicationCredentialId, o?.applicationCredentialName]);
  if (!o?.applicationCredentialId && o?.applicationCredentialName) checkUser(c, o);
  c.done();
  return o;
}

/**
 * Identity v3 application-credential authentication. The token is scoped to the credential's project;
 * Keystone refuses a scope in the request ("Application credentials cannot request a scope"), so none is sent.
 */
export class V3ApplicationCredential extends TokenPlugin {
  readonly name = 'v3applicationcredential';
  protected readonly method = 'application_credential';
  readonly #o: V3ApplicationCredentialOptions;
  readonly #identityUrl: string;

  constructor(options: V3ApplicationCredentialOptions) {
    super('v3applicationcredential', check(options));
    this.#o = { ...options };
    this.#identityUrl = identityUrlFor(this.name, this.authUrl, 'v3');
  }

  protected issueToken(ctx: AuthContext): Promise<IssuedToken> {
    return issueV3Token(ctx, this.#identityUrl, v3AuthBody(v3ApplicationCredentialIdentity(this.#o)), this.about());
  }

  protected heldCredentials(): HeldSecrets {
    return { secrets: [this.#o.applicationCredentialSecret] };
  }

  protected identityParts(): string[] {
    const o = this.#o;
    return o.applicationCredentialId ? [`appcred=id:${o.applicationCredentialId}`] : [`appcred=name:${o.applicationCredentialName}`, userPart(o)];
  }

  bindingSecret(): string {
    return this.#o.applicationCredentialSecret;
  }

  protected describeWho(): string {
    const o = this.#o;
    return o.applicationCredentialId
      ? `application credential ${o.applicationCredentialId}`
      : `application credential "${o.applicationCredentialName}" of ${describeUser(o)}`;
  }
}
