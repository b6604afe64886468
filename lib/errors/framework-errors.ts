import { ClientError, type ClientErrorOptions } from './client-error.js';

/** Authentication failed: wrong credentials, a plugin missing options, a refused scope. */
export class AuthorizationFailure extends ClientError {
  override name: string = 'AuthorizationFailure';
  override readonly code: string = 'ERR_AUTHORIZATION_FAILURE';
  readonly status?: number;
  readonly serverMessage?: string;
  constructor(message: string, options: ClientErrorOptions & { status?: number; serverMessage?: string } = {}) {
    super(message, options);
    if (options.status !== undefined) this.status = options.status;
    if (options.serverMessage !== undefined) this.serverMessage = options.serverMessage;
  }
}

/** A plugin was built with options that cannot work (checked at construction). */
export class AuthPluginOptionsMissing extends AuthorizationFailure {
  override name = 'AuthPluginOptionsMissing' as const;
  override readonly code = 'ERR_AUTH_OPTIONS' as const;
  readonly plugin: string;
  readonly missing: string[];
  constructor(plugin: string, missing: string[], hint = '') {
    super(`Auth plugin ${plugin} is missing options: ${missing.join(', ')}${hint ? `; ${hint}` : ''}`);
    this.plugin = plugin;
    this.missing = missing;
  }
}

/** Re-authentication after a 401 failed: the credentials no longer work. */
export class ReauthenticationFailed extends AuthorizationFailure {
  override name = 'ReauthenticationFailed' as const;
  override readonly code = 'ERR_REAUTH_FAILED' as const;
}

/** No catalog endpoint matches the service type, interface and region; the message names what the catalog has. */
export class EndpointNotFound extends ClientError {
  override name = 'EndpointNotFound' as const;
  override readonly code = 'ERR_ENDPOINT_NOT_FOUND' as const;
}

/** More than one catalog endpoint matches (typically no region given); `endpoints` lists them. */
export class AmbiguousEndpoints extends ClientError {
  override name = 'AmbiguousEndpoints' as const;
  override readonly code = 'ERR_AMBIGUOUS_ENDPOINTS' as const;
  readonly endpoints: string[];
  constructor(message: string, endpoints: string[]) {
    super(message);
    this.endpoints = endpoints;
  }
}

/** An API or version that no version map knows; `known` lists the ones that are. */
export class UnsupportedVersion extends ClientError {
  override name = 'UnsupportedVersion' as const;
  override readonly code = 'ERR_UNSUPPORTED_VERSION' as const;
  readonly known: string[];
  constructor(message: string, known: string[], options: ClientErrorOptions = {}) {
    super(message, options);
    this.known = known;
  }
}

/** No resource, or more than one, matched a `find()` by name or id. */
export class NoUniqueMatch extends ClientError {
  override name = 'NoUniqueMatch' as const;
  override readonly code = 'ERR_NO_UNIQUE_MATCH' as const;
}

/** The user's configuration cannot work: clouds.yaml, environment, flags. */
export class ConfigError extends ClientError {
  override name = 'ConfigError' as const;
  override readonly code = 'ERR_CONFIG' as const;
  readonly file?: string;
  readonly key?: string;
  constructor(message: string, options: ClientErrorOptions & { file?: string; key?: string } = {}) {
    super(message, options);
    if (options.file !== undefined) this.file = options.file;
    if (options.key !== undefined) this.key = options.key;
  }
}

/** A wait (e.g. waitFor a server status) ran out of time, or ended in an ERROR state. */
export class WaitTimeout extends ClientError {
  override name = 'WaitTimeout' as const;
  override readonly code = 'ERR_WAIT_TIMEOUT' as const;
}

/** A wait ended because the resource went into an error status; `fault` holds the service's reason when it gave one. */
export class ResourceInErrorState extends ClientError {
  override name = 'ResourceInErrorState' as const;
  override readonly code = 'ERR_RESOURCE_ERROR_STATE' as const;
  readonly fault?: string;
  constructor(message: string, fault?: string) {
    super(message);
    if (fault !== undefined) this.fault = fault;
  }
}

/**
 * An option or argument that cannot work: a `verify` string that is not a CA path, a missing file, a body on GET,
 * an empty name, a page size of 0, a bad microversion form.
 */
export class InvalidArgument extends ClientError {
  override name = 'InvalidArgument' as const;
  override readonly code = 'ERR_INVALID_ARGUMENT' as const;
  /** The option or parameter at fault, e.g. "verify", "cert", "body", "name". */
  readonly argument: string;
  constructor(argument: string, message: string, options: ClientErrorOptions = {}) {
    super(message, options);
    this.argument = argument;
  }
}
