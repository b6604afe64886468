import { InvalidArgument } from '../../../errors/framework-errors.js';
import { Resource } from '../../common/resource.js';
import { callOptionsOf, type CallOptions } from '../../common/types.js';
import { filterQuery, idOf, KeystoneManager, seg, type IdentityListOptions, type Ref, type SelfLink } from './base.js';

/** Keystone's application credential record (the secret is only in the create response). */
export interface ApplicationCredentialFields {
  id: string;
  name: string;
  description: string | null;
  user_id: string;
  project_id: string;
  expires_at: string | null;
  /** Keystone answers a create without the option with null (and false when read back). */
  unrestricted: boolean | null;
  roles: { id: string; name: string; domain_id: string | null }[];
  access_rules?: { id?: string; service: string; method: string; path: string }[];
  /** Only in the answer to create: Keystone never shows it again. */
  secret?: string;
  links: SelfLink;
}

export interface ApplicationCredential extends ApplicationCredentialFields {}

/** An application credential of a user. Its `secret` is a secret: keep it out of logs. */
export class ApplicationCredential extends Resource<ApplicationCredentialFields> {
  declare readonly manager: ApplicationCredentialsManager;

  async delete(): Promise<void> {
    return this.manager.delete(this.user_id, this);
  }
}

/** The body of `applicationCredentials.create()`. */
export interface ApplicationCredentialCreate {
  name: string;
  /** @default Keystone generates one (returned once, in the answer) */
  secret?: string;
  description?: string;
  /** ISO 8601 time, or a Date. */
  expiresAt?: string | Date;
  /** A subset of the user's roles on the token's project, by id or name. @default all of them */
  roles?: ({ id: string } | { name: string })[];
  /** May create other application credentials and trusts. @default false */
  unrestricted?: boolean;
  accessRules?: { service: string; method: string; path: string }[];
}

/**
 * /v3/users/{user}/application_credentials: list, get, create, delete. Keystone lets only the user
 * themself create one, on the project of the token in use.
 */
export class ApplicationCredentialsManager extends KeystoneManager<ApplicationCredential> {
  protected readonly resourceClass = ApplicationCredential;
  protected override readonly resourceName = 'application credential';
  protected readonly path = '/application_credentials';
  protected readonly collectionKey = 'application_credentials';
  protected readonly memberKey = 'application_credential';

  async *iterate(user: Ref, filters: IdentityListOptions & { name?: string } = {}): AsyncGenerator<ApplicationCredential, void, undefined> {
    const url = this.#base(user, 'applicationCredentials.list');
    yield* this._pages(url, this.collectionKey, filterQuery({ name: filters.name }), (i) => this.wrap(i), filters);
  }

  async list(user: Ref, filters: IdentityListOptions & { name?: string } = {}): Promise<ApplicationCredential[]> {
    return this._collect(this.iterate(user, filters));
  }

  async get(user: Ref, credential: Ref, call: CallOptions = {}): Promise<ApplicationCredential> {
    const url = `${this.#base(user, 'applicationCredentials.get')}/${seg(idOf(credential, 'applicationCredentials.get'))}`;
    return this._get(url, this.memberKey, callOptionsOf(call));
  }

  async create(user: Ref, options: ApplicationCredentialCreate, call: CallOptions = {}): Promise<ApplicationCredential> {
    if (!options.name) throw new InvalidArgument('name', 'applicationCredentials.create needs a name');
    const body: Record<string, unknown> = { name: options.name };
    if (options.secret !== undefined) body.secret = options.secret;
    if (options.description !== undefined) body.description = options.description;
    if (options.expiresAt !== undefined) {
      body.expires_at = options.expiresAt instanceof Date ? options.expiresAt.toISOString() : options.expiresAt;
    }
    if (options.roles !== undefined) body.roles = options.roles;
    if (options.unrestricted !== undefined) body.unrestricted = options.unrestricted;
    if (options.accessRules !== undefined) body.access_rules = options.accessRules;
    return this._create(this.#base(user, 'applicationCredentials.create'), { [this.memberKey]: body }, this.memberKey,
      { okCodes: [201], ...callOptionsOf(call) });
  }

  async delete(user: Ref, credential: Ref, call: CallOptions = {}): Promise<void> {
    const url = `${this.#base(user, 'applicationCredentials.delete')}/${seg(idOf(credential, 'applicationCredentials.delete'))}`;
    return this._delete(url, { okCodes: [204], ...callOptionsOf(call) });
  }

  protected override lookupById(): Promise<ApplicationCredential> {
    return Promise.reject(new TypeError('Application credentials belong to a user: use applicationCredentials.get(user, id)'));
  }

  protected override findCandidates(): AsyncIterable<ApplicationCredential> {
    throw new TypeError('Application credentials belong to a user: use applicationCredentials.list(user, { name })');
  }

  #base(user: Ref, what: string): string {
    return `/users/${seg(idOf(user, `${what} user`))}/application_credentials`;
  }
}
