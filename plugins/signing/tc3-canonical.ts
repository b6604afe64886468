import { createHash, createHmac } from 'node:crypto';

/** The signing algorithm name, also the Authorization scheme. */
export const TC3_ALGORITHM = 'TC3-HMAC-SHA256';

/** The payload a streamed body is signed as (tencentcloud-sdk-python's `unsignedPayload` profile option). */
export const TC3_UNSIGNED_PAYLOAD = 'UNSIGNED-PAYLOAD';

/** What one TC3 signature covers. */
export interface Tc3Parts {
  method: string;
  url: URL;
  contentType: string;
  body?: string | Buffer;
  /** The body is streamed: the payload hash is that of `UNSIGNED-PAYLOAD`, announced in `X-TC-Content-SHA256`. */
  unsignedPayload?: boolean;
  /** Unix seconds, as sent in `X-TC-Timestamp`. */
  timestamp: number;
  service: string;
}

function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

function hmac(key: string | Buffer, data: string): Buffer {
  return createHmac('sha256', key).update(data).digest();
}

/** `YYYY-MM-DD` (UTC) of a Unix timestamp: the date of the credential scope. */
export function tc3Date(timestamp: number): string {
  return new Date(timestamp * 1000).toISOString().slice(0, 10);
}

/**
 * The canonical request, as the Tencent Cloud SDKs build it (tencentcloud-sdk-nodejs-common `Sign.sign3`): the path and
 * query string exactly as sent (no re-encoding, no sorting), the signed headers `content-type` and `host` (the host name
 * without the port), and the hex SHA-256 of the body.
 */
export function tc3CanonicalRequest(p: Tc3Parts): string {
  const headers = `content-type:${p.contentType}\nhost:${p.url.hostname}\n`;
  const payload = p.unsignedPayload ? TC3_UNSIGNED_PAYLOAD : p.body ?? '';
  return [p.method, p.url.pathname, p.url.search.slice(1), headers, 'content-type;host', sha256Hex(payload)].join('\n');
}

/** The `Authorization` value: `TC3-HMAC-SHA256 Credential=<id>/<date>/<service>/tc3_request, SignedHeaders=…, Signature=…`. */
export function tc3Authorization(p: Tc3Parts, secretId: string, secretKey: string): string {
  const date = tc3Date(p.timestamp);
  const scope = `${date}/${p.service}/tc3_request`;
  const stringToSign = [TC3_ALGORITHM, String(p.timestamp), scope, sha256Hex(tc3CanonicalRequest(p))].join('\n');
  const signingKey = hmac(hmac(hmac(`TC3${secretKey}`, date), p.service), 'tc3_request');
  const signature = createHmac('sha256', signingKey).update(stringToSign).digest('hex');
  return `${TC3_ALGORITHM} Credential=${secretId}/${scope}, SignedHeaders=content-type;host, Signature=${signature}`;
}
