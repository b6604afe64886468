import { InvalidArgument } from '../../../errors/framework-errors.js';
import type { FindCriteria } from '../../common/find.js';
import { Manager } from '../../common/manager.js';
import { pageOptionsOf, type ListOptions } from '../../common/pagination.js';
import { idOf, seg, type Ref } from '../../common/ref.js';
import { Resource } from '../../common/resource.js';
import { callOptionsOf, isJsonRecord, type CallOptions } from '../../common/types.js';

/** Nova's keypair record (doc/api_samples/os-keypairs). */
export interface KeypairFields {
  name: string;
  fingerprint: string;
  public_key: string;
  /** Only in the answer to a create that generated the key (before microversion 2.92). */
  private_key?: string;
  /** 'ssh' or 'x509', from 2.2. */
  type?: string;
  user_id?: string;
  created_at?: string;
  id?: number;
  [key: string]: unknown;
}

export interface Keypair extends KeypairFields {}
/** A keypair; its id in URLs is its name. */
export class Keypair extends Resource<KeypairFields> {
  declare readonly manager: KeypairsManager;

  override getId(): string {
    return this.name;
  }

  async delete(): Promise<void> {
    return this.manager.delete(this.name);
  }
}

/** The body of `keypairs.create()`: a name, and a public key to import or none to have Nova generate one. */
export interface CreateKeypairOptions {
  name: string;
  /** Import this public key; without it Nova generates one (refused from microversion 2.92). */
  publicKey?: string;
  /** 'ssh' or 'x509' (microversion 2.2+). */
  type?: 'ssh' | 'x509';
  /** Create for another user (admin, 2.10+). */
  userId?: string;
}

/** `marker` is a keypair name; paging needs microversion 2.35. */
export interface KeypairListOptions extends ListOptions {
  /** Another user's keypairs (admin, 2.10+). */
  userId?: string;
}

const path = (keypair: Ref, what: string) => `/os-keypairs/${seg(idOf(keypair, what))}`;

/** Nova keypairs: `http.compute.keypairs`. */
export class KeypairsManager extends Manager<Keypair> {
  protected readonly resourceClass = Keypair;
  protected override readonly resourceName = 'keypair';

  /** Nova lists keypairs as `[{ "keypair": {...} }]`, paginated from 2.35. */
  iterate(options: KeypairListOptions = {}): AsyncGenerator<Keypair, void, undefined> {
    return this._iterate('/os-keypairs', 'keypairs', {
      query: { user_id: options.userId },
      unwrap: (item) => (isJsonRecord(item) && isJsonRecord(item.keypair) ? item.keypair : item),
      markerOf: (item) => (isJsonRecord(item) && isJsonRecord(item.keypair) && typeof item.keypair.name === 'string' ? item.keypair.name : undefined),
      ...pageOptionsOf(options),
    });
  }

  async list(options: KeypairListOptions = {}): Promise<Keypair[]> {
    return this._collect(this.iterate(options));
  }

  /** A keypair by name (a keypair's id). */
  async get(keypair: Ref, call: CallOptions = {}): Promise<Keypair> {
    return this._get(path(keypair, 'keypairs.get'), 'keypair', callOptionsOf(call));
  }

  async create(o: CreateKeypairOptions, call: CallOptions = {}): Promise<Keypair> {
    if (!o.name) throw new InvalidArgument('name', 'A keypair needs a name');
    const keypair: Record<string, unknown> = { name: o.name };
    if (o.publicKey !== undefined) keypair.public_key = o.publicKey;
    if (o.type !== undefined) keypair.type = o.type;
    if (o.userId !== undefined) keypair.user_id = o.userId;
    // 200 before microversion 2.2, 201 from it.
    return this._create('/os-keypairs', { keypair }, 'keypair', { okCodes: [200, 201], ...callOptionsOf(call) });
  }

  async delete(keypair: Ref, call: CallOptions = {}): Promise<void> {
    return this._delete(path(keypair, 'keypairs.delete'), { okCodes: [202, 204], ...callOptionsOf(call) });
  }

  protected override findCandidates(_criteria: FindCriteria): AsyncIterable<Keypair> {
    return this.iterate();
  }
}
