import { readFileSync } from 'node:fs';
import { createSecureContext } from 'node:tls';
import { InvalidArgument } from '../errors/framework-errors.js';

/**
 * A TLS client certificate: the path of a PEM file holding the certificate and its key, or `{ cert, key }` (each a
 * path or the PEM text itself), with `passphrase` when the key is encrypted. `--os-cert` / `--os-key` and clouds.yaml's
 * `cert` / `key` give paths.
 * @example
 * new HTTPClient({ cert: { cert: '/etc/pki/client.crt', key: '/etc/pki/client.key', passphrase: process.env.KEY_PASS } });
 */
export type ClientCertificate = string | { cert: string; key?: string; passphrase?: string };

/** The TLS part of the transport options (see TransportOptions). */
export interface TlsSettings {
  verify?: boolean | string;
  cert?: ClientCertificate;
}

export interface GotTlsOptions {
  rejectUnauthorized?: boolean;
  certificateAuthority?: Buffer;
  certificate?: Buffer;
  key?: Buffer;
  passphrase?: string;
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
  if (cert !== undefined) Object.assign(tls, clientCertificate(cert));
  return tls;
}

/** Reads and checks a client certificate now, so that a wrong file is named at construction, not at the first request. */
function clientCertificate(cert: ClientCertificate): Pick<GotTlsOptions, 'certificate' | 'key' | 'passphrase'> {
  if (typeof cert === 'string') {
    const pem = readPem('cert', cert, 'client certificate (PEM with cert and key)');
    check(pem, { cert: pem.data, key: pem.data }, 'the certificate and its key');
    return { certificate: pem.data, key: pem.data };
  }
  const { passphrase } = cert;
  if (typeof cert !== 'object' || cert === null || typeof cert.cert !== 'string' || !['string', 'undefined'].includes(typeof cert.key)
    || !['string', 'undefined'].includes(typeof passphrase)) {
    throw new InvalidArgument('cert', 'cert must be a PEM path, or { cert, key?, passphrase? } with paths or PEM text');
  }
  const certificate = readPem('cert.cert', cert.cert, 'client certificate');
  check(certificate, { cert: certificate.data }, 'a certificate');
  const key = cert.key === undefined ? certificate : readPem('cert.key', cert.key, 'client key');
  const secret = passphrase === undefined ? {} : { passphrase };
  check(key, { key: key.data, ...secret }, 'a private key');
  try {
    createSecureContext({ cert: certificate.data, key: key.data, ...secret });
  } catch (error) {
    throw new InvalidArgument('cert', `cert: the client key (${key.shown}) does not belong to the certificate (${certificate.shown}); `
      + `check that they are a pair (${reason(error)})`);
  }
  return { certificate: certificate.data, key: key.data, ...secret };
}

interface Pem {
  option: string;
  data: Buffer;
  /** `file "path"` or `PEM text`: what the messages call it (never the text itself). */
  shown: string;
}

function readPem(option: string, value: string, what: string): Pem {
  if (value.includes('-----BEGIN ')) return { option, data: Buffer.from(value), shown: `the PEM text given as ${option}` };
  return { option, data: readOption(option, value, what), shown: `file ${JSON.stringify(value)}` };
}

/** node's own parse of one part; its OpenSSL reason goes in the message, as it holds no key material. */
function check(pem: Pem, context: { cert?: Buffer; key?: Buffer; passphrase?: string }, expected: string): void {
  try {
    createSecureContext(context);
  } catch (error) {
    const why = reason(error);
    const hint = /bad decrypt|bad password|passphrase/i.test(why) && context.key
      ? 'the key is encrypted: check the passphrase' : `check that it holds ${expected} in PEM form`;
    throw new InvalidArgument(pem.option, `${pem.option}: ${pem.shown} cannot be used as the client ${expected.replace(/^an? /, '')} (${why}); ${hint}`);
  }
}

function reason(error: unknown): string {
  const e = error as { reason?: string; code?: string; message?: string };
  return e.reason ?? e.code ?? e.message ?? 'unreadable';
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
