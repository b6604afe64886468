import { expectStatus } from '../../common/ok-codes.js';
import { callOptionsOf, type CallOptions, type RequestClient } from '../../common/types.js';

/** POST an action body (`{"restart": {}}`) and check Trove's 202. */
export async function postAction(client: RequestClient, url: string, body: unknown, call: CallOptions = {}): Promise<void> {
  const res = await client.post(url, { json: body, ...callOptionsOf(call) });
  expectStatus(res, [202, 200, 204], 'POST');
}

/** PUT a body that Trove answers with 202 and no record (attach, grant, update user). */
export async function putAccepted(client: RequestClient, url: string, body: unknown, call: CallOptions = {}): Promise<void> {
  const res = await client.put(url, { json: body, ...callOptionsOf(call) });
  expectStatus(res, [202, 200, 204], 'PUT');
}
