import { RequestError, type RequestDetails } from './request-error.js';

/** What a connection-level error records: the request, the system error code, whether any byte was sent. */
export interface TransportErrorDetails extends RequestDetails {
  /** The system error code, e.g. ECONNREFUSED. */
  errno?: string;
  /** True when no byte of the request reached the server (safe to retry any method). */
  beforeSend?: boolean;
}

/** The request did not get an HTTP response. */
export class ConnectionError extends RequestError {
  override name: string = 'ConnectionError';
  override readonly code: string = 'ERR_CONNECTION';
  readonly errno?: string;
  readonly beforeSend: boolean;

  constructor(message: string, details: TransportErrorDetails) {
    super(message, details);
    if (details.errno !== undefined) this.errno = details.errno;
    this.beforeSend = details.beforeSend ?? false;
  }
}

export class ConnectionRefused extends ConnectionError {
  override name = 'ConnectionRefused' as const;
  override readonly code = 'ERR_CONNECTION_REFUSED' as const;
}

export class ConnectionReset extends ConnectionError {
  override name = 'ConnectionReset' as const;
  override readonly code = 'ERR_CONNECTION_RESET' as const;
}

export class DnsLookupFailed extends ConnectionError {
  override name = 'DnsLookupFailed' as const;
  override readonly code = 'ERR_DNS' as const;
}

export class TlsError extends ConnectionError {
  override name = 'TlsError' as const;
  override readonly code = 'ERR_TLS' as const;
}

/** Base for both timeouts. `phase` names got's timeout event. */
export class TimeoutError extends ConnectionError {
  override name: string = 'TimeoutError';
  override readonly code: string = 'ERR_TIMEOUT';
  phase?: string;
  timeoutMs?: number;
}

export class ConnectTimeout extends TimeoutError {
  override name = 'ConnectTimeout' as const;
  override readonly code = 'ERR_CONNECT_TIMEOUT' as const;
}

export class ReadTimeout extends TimeoutError {
  override name = 'ReadTimeout' as const;
  override readonly code = 'ERR_READ_TIMEOUT' as const;
}

/** The caller's AbortSignal fired. */
export class RequestAborted extends RequestError {
  override name = 'RequestAborted' as const;
  override readonly code = 'ERR_ABORTED' as const;
  constructor(details: RequestDetails) {
    super(`${details.method} ${details.url} was aborted by the caller`, details);
  }
}

/** A response arrived but cannot be used: a JSON body that does not parse, a body of the wrong shape. */
export class InvalidResponse extends RequestError {
  override name = 'InvalidResponse' as const;
  override readonly code = 'ERR_INVALID_RESPONSE' as const;
  readonly status?: number;
  constructor(message: string, details: RequestDetails & { status?: number }) {
    super(message, details);
    if (details.status !== undefined) this.status = details.status;
  }
}
