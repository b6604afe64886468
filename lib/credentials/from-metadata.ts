import { ConnectionError, InvalidResponse } from '../errors/transport-errors.js';
import { NotFound } from '../errors/http-errors.js';
import { redactUrl } from '../log/redact.js';
import { HTTPClient } from '../session/http-client.js';
import { parseMetadataAnswer } from './metadata-answer.js';
import type { CredentialProvider } from './provider.js';

/** Huawei Cloud ECS's metadata URL of the agency's temporary AK/SK. */
export const HUAWEI_METADATA_URL = 'http://169.254.169.254/openstack/latest/securitykey';

/** Options of {@link credentialsFromMetadata}. */
export interface CredentialsFromMetadataOptions {
  /** Where the temporary credentials are served. @default env STACKCLIENT_METADATA_URL, else HUAWEI_METADATA_URL */
  url?: string;
  /** ms to connect and to read; a metadata service answers at once or is not there. @default 2_000 */
  timeout?: number;
  /** A session of your own for the request (proxy, TLS); otherwise one is made, with no retries. */
  http?: HTTPClient;
}

/**
 * Temporary credentials (AK/SK, security token, expiry) from a metadata service, as the vendors' SDKs fetch them on
 * their VMs (Huawei's `MetadataCredentialProvider`, Tencent's `CvmRoleCredential`); both answer shapes are read.
 * Nothing listening there (not on a VM) or a 404: nothing here. A JSON answer without a key pair is an InvalidResponse.
 */
export function credentialsFromMetadata(options: CredentialsFromMetadataOptions = {}): CredentialProvider {
  const url = options.url ?? process.env.STACKCLIENT_METADATA_URL ?? HUAWEI_METADATA_URL;
  const timeout = options.timeout ?? 2_000;
  return {
    name: 'metadata',
    lookedFor: `the metadata service at ${redactUrl(url)}`,
    async resolve(signal) {
      const http = options.http ?? new HTTPClient({ retry: false, timeout: { connect: timeout, read: timeout } });
      try {
        const res = await http.request('GET', url, { retry: false, timeout, ...(signal ? { signal } : {}) });
        const found = parseMetadataAnswer(res.body);
        if (!found) {
          throw new InvalidResponse(`GET ${redactUrl(url)} answered no temporary credentials (neither credential.access/secret nor `
            + 'TmpSecretId/TmpSecretKey); check the metadata URL and that the VM has an agency or CAM role',
          { method: 'GET', url: redactUrl(url), status: res.status });
        }
        return found;
      } catch (error) {
        if (error instanceof ConnectionError || error instanceof NotFound) return undefined;
        throw error;
      } finally {
        if (!options.http) http.close();
      }
    },
  };
}
