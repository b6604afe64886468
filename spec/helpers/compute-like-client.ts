import { BaseClient } from '../../lib/base-client.js';

/** A bare client of the compute service, so the specs talk to their own loopback servers as `http.compute`. */
export class ComputeLikeClient extends BaseClient {
  static override readonly serviceType: string = 'compute';
  static override readonly attributeName: string = 'compute';
}
