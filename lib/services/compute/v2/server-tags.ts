import { InvalidArgument } from '../../../errors/framework-errors.js';
import { InvalidResponse } from '../../../errors/transport-errors.js';
import { redactUrl } from '../../../log/redact.js';
import { expectStatus } from '../../common/ok-codes.js';
import { idOf, seg, type Ref } from '../../common/ref.js';
import { callOptionsOf, isJsonRecord, type CallOptions, type RequestClient } from '../../common/types.js';

const path = (server: Ref, what: string) => `/servers/${seg(idOf(server, what))}/tags`;

/**
 * A server's tags (microversion 2.26 or later): `http.compute.serverTags`. Tags are plain strings, so this manager
 * answers strings, not resources.
 * @example await compute.serverTags.add(serverId, 'web'); console.log(await compute.serverTags.list(serverId));
 */
export class ServerTagsManager {
  readonly #client: RequestClient;

  constructor(client: RequestClient) {
    this.#client = client;
  }

  async list(server: Ref, call: CallOptions = {}): Promise<string[]> {
    const res = await this.#client.get(path(server, 'serverTags.list'), callOptionsOf(call));
    expectStatus(res, [200], 'GET');
    const tags = isJsonRecord(res.body) ? res.body.tags : undefined;
    if (!Array.isArray(tags)) throw new InvalidResponse(`GET ${redactUrl(res.url)} answered no "tags" list`, { method: 'GET', url: redactUrl(res.url) });
    return tags.map(String);
  }

  /** Add one tag (PUT /servers/{id}/tags/{tag}): 201 when new, 204 when the server had it. */
  async add(server: Ref, tag: string, call: CallOptions = {}): Promise<void> {
    if (!tag) throw new InvalidArgument('tag', 'A server tag must not be empty');
    const res = await this.#client.put(`${path(server, 'serverTags.add')}/${seg(tag)}`, callOptionsOf(call));
    expectStatus(res, [201, 204], 'PUT');
  }

  /** Remove one tag; a tag the server does not have is Nova's 404. */
  async delete(server: Ref, tag: string, call: CallOptions = {}): Promise<void> {
    if (!tag) throw new InvalidArgument('tag', 'A server tag must not be empty');
    const res = await this.#client.delete(`${path(server, 'serverTags.delete')}/${seg(tag)}`, callOptionsOf(call));
    expectStatus(res, [204], 'DELETE');
  }
}
