import { ClientError, type ClientErrorOptions } from './client-error.js';

/**
 * The version document of a service could not be read (keystoneauth1's `DiscoveryFailure`): the endpoint answered with
 * no JSON list of versions, or could not be reached. Nothing was sent to the service's API.
 */
export class DiscoveryFailure extends ClientError {
  override name = 'DiscoveryFailure' as const;
  override readonly code = 'ERR_DISCOVERY_FAILURE' as const;
  /** The service type whose versions were looked for. */
  readonly serviceType: string;
  /** The redacted URLs that were asked. */
  readonly urls: string[];

  constructor(message: string, details: { serviceType: string; urls: string[] }, options: ClientErrorOptions = {}) {
    super(message, options);
    this.serviceType = details.serviceType;
    this.urls = details.urls;
  }
}
