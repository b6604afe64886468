import { ClientError } from './client-error.js';

/** No provider of a credential chain had credentials; the message says what each one looked for. */
export class CredentialsNotFound extends ClientError {
  override name = 'CredentialsNotFound' as const;
  override readonly code = 'ERR_CREDENTIALS_NOT_FOUND' as const;
  /** The providers asked, in order. */
  readonly providers: string[];

  constructor(tried: { name: string; lookedFor: string }[]) {
    super(`No credentials found; the chain tried ${tried.map((t) => `${t.name} (${t.lookedFor})`).join(', ') || 'no provider'}. `
      + 'Set one of those, or give the signing plugin an access key pair');
    this.providers = tried.map((t) => t.name);
  }
}
