import { createHash, type Hash } from 'node:crypto';
import { ChecksumMismatch } from '../errors/transfer-errors.js';
import { TreeHash } from './tree-hash.js';

/** The algorithms a transfer can check. */
export type ChecksumAlgorithm = 'md5' | 'sha256' | 'sha256-tree';

/** A checksum to check a download against, lower-case hex, and where it came from (a header name, or `option`). */
export interface ExpectedChecksum {
  algorithm: ChecksumAlgorithm;
  value: string;
  source: string;
}

/** Checksums the caller knows: hex or base64. */
export type KnownChecksums = Partial<Record<'md5' | 'sha256' | 'sha256Tree', string>>;

type Headers = Record<string, string | string[] | undefined>;

const HEX = { md5: /^[0-9a-f]{32}$/i, sha256: /^[0-9a-f]{64}$/i };

/** Hex of a hex or base64 checksum of `bytes` bytes, or undefined when it is neither. */
function toHex(value: string, bytes: number): string | undefined {
  const v = value.trim().replace(/^:|:$/g, '');
  if (new RegExp(`^[0-9a-f]{${bytes * 2}}$`, 'i').test(v)) return v.toLowerCase();
  const raw = /^[A-Za-z0-9+/]+={0,2}$/.test(v) ? Buffer.from(v, 'base64') : undefined;
  return raw?.length === bytes ? raw.toString('hex') : undefined;
}

function first(headers: Headers, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/**
 * The checksums a response declares for its whole body, from the headers real object and archive stores send:
 * - `ETag` of 32 hex digits: an MD5 (Swift, S3 and COS single-part objects; a multipart ETag has a `-N` suffix and a weak one `W/`: skipped);
 * - `Content-MD5` (RFC 1864, base64), and `x-goog-hash: md5=…`;
 * - `Repr-Digest` / `Content-Digest` (RFC 9530, `sha-256=:…:`, `md5=:…:`) and `Digest` (RFC 3230, `SHA-256=…`, `MD5=…`);
 * - `x-amz-checksum-sha256` (base64; composite values with `-N` skipped);
 * - `x-amz-sha256-tree-hash` (Glacier) and `x-cas-sha256-tree-hash` (Tencent Cloud Archive Storage), and `x-cas-content-sha256`.
 */
export function declaredChecksums(headers: Headers): ExpectedChecksum[] {
  const found: ExpectedChecksum[] = [];
  const add = (algorithm: ChecksumAlgorithm, value: string | undefined, source: string) => {
    const hex = value === undefined ? undefined : toHex(value, algorithm === 'md5' ? 16 : 32);
    if (hex) found.push({ algorithm, value: hex, source });
  };
  const etag = first(headers, 'etag')?.trim();
  if (etag && !etag.startsWith('W/')) {
    const bare = etag.replace(/^"|"$/g, '');
    if (HEX.md5.test(bare)) add('md5', bare, 'ETag');
  }
  add('md5', first(headers, 'content-md5'), 'Content-MD5');
  for (const name of ['repr-digest', 'content-digest', 'digest', 'x-goog-hash']) {
    for (const item of (first(headers, name) ?? '').split(',')) {
      const m = /^\s*([\w-]+)=(.+?)\s*$/.exec(item);
      const algorithm = m?.[1]?.toLowerCase();
      if (algorithm === 'sha-256') add('sha256', m?.[2], name);
      else if (algorithm === 'md5') add('md5', m?.[2], name);
    }
  }
  const amz = first(headers, 'x-amz-checksum-sha256');
  if (amz && !amz.includes('-')) add('sha256', amz, 'x-amz-checksum-sha256');
  add('sha256', first(headers, 'x-cas-content-sha256'), 'x-cas-content-sha256');
  add('sha256-tree', first(headers, 'x-amz-sha256-tree-hash'), 'x-amz-sha256-tree-hash');
  add('sha256-tree', first(headers, 'x-cas-sha256-tree-hash'), 'x-cas-sha256-tree-hash');
  return found;
}

/** The caller's own checksums as {@link ExpectedChecksum}s (source `option`). */
export function knownChecksums(known: KnownChecksums | undefined): ExpectedChecksum[] {
  if (!known) return [];
  const out: ExpectedChecksum[] = [];
  const entries: Array<[ChecksumAlgorithm, string | undefined, number]> = [
    ['md5', known.md5, 16], ['sha256', known.sha256, 32], ['sha256-tree', known.sha256Tree, 32],
  ];
  for (const [algorithm, value, bytes] of entries) {
    if (value === undefined) continue;
    const hex = toHex(value, bytes);
    if (!hex) throw new TypeError(`checksum ${algorithm} must be ${bytes * 2} hex digits or base64 of ${bytes} bytes`);
    out.push({ algorithm, value: hex, source: 'option' });
  }
  return out;
}

/** Incremental hashes of the bytes of a transfer, only of the algorithms asked for. */
export class Digests {
  readonly #md5: Hash | undefined;
  readonly #sha256: Hash | undefined;
  readonly #tree: TreeHash | undefined;
  bytes = 0;

  constructor(algorithms: Iterable<ChecksumAlgorithm>) {
    const wanted = new Set(algorithms);
    this.#md5 = wanted.has('md5') ? createHash('md5') : undefined;
    this.#sha256 = wanted.has('sha256') ? createHash('sha256') : undefined;
    this.#tree = wanted.has('sha256-tree') ? new TreeHash() : undefined;
  }

  update(chunk: Buffer): void {
    this.bytes += chunk.length;
    this.#md5?.update(chunk);
    this.#sha256?.update(chunk);
    this.#tree?.update(chunk);
  }

  /** Hex digests of what was asked for. */
  digest(): Partial<Record<ChecksumAlgorithm, string>> {
    return {
      ...(this.#md5 ? { md5: this.#md5.digest('hex') } : {}),
      ...(this.#sha256 ? { sha256: this.#sha256.digest('hex') } : {}),
      ...(this.#tree ? { 'sha256-tree': this.#tree.digest() } : {}),
    };
  }
}

/** Throws ChecksumMismatch for the first expected checksum the actual digests differ from. */
export function verifyChecksums(
  expected: readonly ExpectedChecksum[], actual: Partial<Record<ChecksumAlgorithm, string>>, request: { method: string; url: string; bytes: number },
): void {
  for (const e of expected) {
    const got = actual[e.algorithm];
    if (got !== undefined && got !== e.value) {
      throw new ChecksumMismatch({ ...request, algorithm: e.algorithm, source: e.source, expected: e.value, actual: got });
    }
  }
}
