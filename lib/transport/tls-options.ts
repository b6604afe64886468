import { readFileSync } from 'node:fs';
import { InvalidArgument } from '../errors/framework-errors.js';

/** The TLS part of the transport options (see TransportOptions). */
export interface TlsSettings {
  verify?: boolean | string;
  cert?: string | { cert: string; key: string };
}

export interface GotTlsOptions {
  rejectUnauthorized?: boolean;
  certificateAuthority?: Buffer;
  certificate?: Buffer;
  key?: Buffer;
}

// Strings that mean a boolean in clouds.yaml or an environment variable, never a CA bundle's path.
const BOOLEAN_WORDS = /^(true|false|yes|no|on|off|0|1|)$/i;

/** got's `https` options from `verify` and `cert`, read now: a bad value is an InvalidArgument at construction. */
export function tlsOptions(options: TlsSettings): GotTlsOptions {
  const tls: GotTlsOptions = {};
  const { verify, cert } = options;
  if (verify !== undefined && typeof verify !== 'boolean' && typeof verify !== 'string') {
    throw new InvalidArgument('verify', `verify must be true, false or the path of a CA bundle, not a ${typeof verify}`);
  }
  if (typeof verify === 'string' && BOOLEAN_WORDS.test(verify.trim())) {
    const meant = /^(false|no|off|0)$/i.test(verify.trim()) ? 'false' : 'true';
    throw new InvalidArgument('verify', `verify is the string ${JSON.stringify(verify)}: pass the boolean ${meant}, or the path of a CA bundle`);
  }
  if (verify === false) tls.rejectUnauthorized = false;
  if (typeof verify === 'string') tls.certificateAuthority = readOption('verify', verify, 'CA bundle');
  if (typeof cert === 'string') {
    tls.certificate = readOption('cert', cert, 'client certificate (PEM with cert and key)');
    tls.key = tls.certificate;
  } else if (cert !== undefined) {
    if (typeof cert !== 'object' || cert === null || typeof cert.cert !== 'string' || typeof cert.key !== 'string') {
      throw new InvalidArgument('cert', 'cert must be a PEM path, or { cert, key } paths');
    }
    tls.certificate = readOption('cert.cert', cert.cert, 'client certificate');
    tls.key = readOption('cert.key', cert.key, 'client key');
  }
  return tls;
}

function readOption(option: string, path: string, what: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    const why = { ENOENT: 'does not exist', EISDIR: 'is a directory', EACCES: 'is not readable' }[code] ?? `cannot be read (${code})`;
    throw new InvalidArgument(option, `${option}: the ${what} file ${JSON.stringify(path)} ${why}; check the path`);
  }
}
