import { ClientError } from './client-error.js';

/** What a {@link CircuitOpen} names. */
export interface CircuitOpenDetails {
  method: string;
  /** Redacted URL of the request that was not sent. */
  url: string;
  /** The endpoint host whose circuit is open (`host:port`). */
  host: string;
  /** When the breaker lets the next probe through. */
  retryAt: Date;
  /** The service type, for the hint about backupEndpoints. */
  serviceType?: string;
}

/** The circuit breaker of the endpoint's host is open and no backup endpoint can take the request: nothing was sent. */
export class CircuitOpen extends ClientError {
  override name = 'CircuitOpen' as const;
  override readonly code = 'ERR_CIRCUIT_OPEN' as const;
  readonly method: string;
  readonly url: string;
  readonly host: string;
  readonly retryAt: Date;

  constructor(details: CircuitOpenDetails) {
    const backup = details.serviceType ? `backupEndpoints.${details.serviceType}` : 'backupEndpoints';
    super(`${details.method} ${details.url} was not sent: the circuit for ${details.host} is open after repeated failures; `
      + `it will be retried after ${details.retryAt.toISOString()}. Check the service at ${details.host}, or set ${backup} to fail over`);
    this.method = details.method;
    this.url = details.url;
    this.host = details.host;
    this.retryAt = details.retryAt;
  }
}
