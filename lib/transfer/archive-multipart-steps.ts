import { InvalidResponse } from '../errors/transport-errors.js';
import { redactUrl } from '../log/redact.js';
import { headerValue } from '../transport/request-options.js';
import type { MultipartSteps } from './multipart-upload.js';
import type { TransferTarget } from './target.js';

/** Options of {@link archiveMultipartSteps}. */
export interface ArchiveMultipartOptions {
  /** The vault: a service target whose path is the vault's (`/<UID>/vaults/<name>`), or its absolute URL. */
  vault: TransferTarget;
  /** `x-cas` for Tencent Cloud Archive Storage, `x-amz` for Glacier. @default 'x-cas' */
  headerPrefix?: 'x-cas' | 'x-amz';
  /** Sent as `<prefix>-archive-description` at initiate. */
  description?: string;
}

/** What completing an archive upload returns. */
export interface ArchiveUploadResult {
  archiveId: string | undefined;
  location: string | undefined;
}

/**
 * The multipart steps of Glacier and Tencent Cloud Archive Storage (same protocol, `x-amz-` or `x-cas-` headers):
 * POST `<vault>/multipart-uploads` with the part size (the id comes back in `<prefix>-multipart-upload-id`);
 * PUT each part to `…/multipart-uploads/<id>` with `Content-Range`, `<prefix>-content-sha256` and
 * `<prefix>-sha256-tree-hash`; POST `…/<id>` with the archive's size and tree hash; DELETE `…/<id>` to abort.
 */
export function archiveMultipartSteps(options: ArchiveMultipartOptions): MultipartSteps<ArchiveUploadResult> {
  const prefix = options.headerPrefix ?? 'x-cas';
  const at = (suffix: string): TransferTarget => typeof options.vault === 'string'
    ? `${options.vault.replace(/\/+$/, '')}${suffix}`
    : { ...options.vault, path: `${(options.vault.path ?? '').replace(/\/+$/, '')}${suffix}` };
  return {
    async initiate({ request, partSize, signal }) {
      const headers: Record<string, string> = { [`${prefix}-part-size`]: String(partSize) };
      if (options.description !== undefined) headers[`${prefix}-archive-description`] = options.description;
      const res = await request('POST', at('/multipart-uploads'), { headers, signal });
      const id = headerValue(res.headers, `${prefix}-multipart-upload-id`);
      if (!id) {
        throw new InvalidResponse(`POST ${redactUrl(res.url)} started a multipart upload but sent no ${prefix}-multipart-upload-id header; `
          + 'check that the endpoint is an archive storage vault', { method: 'POST', url: redactUrl(res.url), status: res.status });
      }
      return id;
    },
    async uploadPart({ request, uploadId, part, signal }) {
      const end = part.offset + part.body.length - 1;
      const res = await request('PUT', at(`/multipart-uploads/${encodeURIComponent(uploadId)}`), {
        headers: {
          'Content-Type': 'application/octet-stream', 'Content-Range': `bytes ${part.offset}-${end}/*`,
          [`${prefix}-content-sha256`]: part.sha256, [`${prefix}-sha256-tree-hash`]: part.treeHash,
        },
        body: part.body, signal, retry: false,
      });
      return headerValue(res.headers, `${prefix}-sha256-tree-hash`);
    },
    async complete({ request, uploadId, size, treeHash, signal }) {
      const res = await request('POST', at(`/multipart-uploads/${encodeURIComponent(uploadId)}`), {
        headers: { [`${prefix}-archive-size`]: String(size), [`${prefix}-sha256-tree-hash`]: treeHash }, signal,
      });
      return { archiveId: headerValue(res.headers, `${prefix}-archive-id`), location: headerValue(res.headers, 'location') };
    },
    async abort({ request, uploadId }) {
      await request('DELETE', at(`/multipart-uploads/${encodeURIComponent(uploadId)}`), {});
    },
  };
}
