import { notFound } from '../../common/find.js';
import { Manager } from '../../common/manager.js';
import { Resource } from '../../common/resource.js';
import { callOptionsOf, type CallOptions } from '../../common/types.js';

/** Keystone v2's user record. */
export interface V2UserFields {
  id: string;
  name: string;
  username: string;
  enabled: boolean;
  email: string | null;
}

export interface V2User extends V2UserFields {}

/** A v2.0 user. */
export class V2User extends Resource<V2UserFields> {}

/** /v2.0/users (admin): list and find. */
export class V2UsersManager extends Manager<V2User> {
  protected readonly resourceClass = V2User;
  protected override readonly resourceName = 'user';

  /** One page: v2.0 does not page users. */
  async list(options: CallOptions = {}): Promise<V2User[]> {
    return this._list('/users', 'users', callOptionsOf(options));
  }

  protected override findCandidates(): Promise<V2User[]> {
    return this.list();
  }

  /** The public v2.0 API has no GET /users/{id} for every caller: an id is looked up in the list. */
  protected override async lookupById(id: string): Promise<V2User> {
    const found = (await this.list()).find((u) => u.getId() === id);
    if (!found) throw notFound(this.resourceName, `id ${JSON.stringify(id)}`, '/users');
    return found;
  }
}
