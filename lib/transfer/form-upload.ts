import { openAsBlob } from 'node:fs';
import { basename } from 'node:path';
import { Readable } from 'node:stream';
import { FormDataEncoder } from 'form-data-encoder';
import { InvalidArgument } from '../errors/framework-errors.js';
import type { BodySource } from '../transport/body-source.js';
import type { HttpResponse } from '../transport/request-options.js';
import { callOptions, type ProgressListener, type TargetRequest, type TransferCallOptions, type TransferTarget } from './target.js';

/** A file part of a form: read from disk as the form is sent. `filename` defaults to the file's base name. */
export interface FormFile {
  file: string;
  filename?: string;
  /** @default 'application/octet-stream' */
  type?: string;
}

/** One form value: text, bytes (sent as a file part named `blob`), a Blob/File, or a file on disk. */
export type FormValue = string | Buffer | Blob | FormFile;

/** The fields of a form, in order; an array repeats the name. A ready FormData is sent as it is. */
export type FormFields = FormData | Record<string, FormValue | readonly FormValue[]>;

/** Options of {@link HTTPClient.uploadForm}. */
export interface FormUploadOptions extends TransferCallOptions {
  /** @default 'POST' */
  method?: 'POST' | 'PUT';
  onProgress?: ProgressListener;
}

/**
 * Sends `fields` as multipart/form-data. Node's FormData (undici's) holds the fields; form-data-encoder turns it into
 * a stream with an exact Content-Length, file parts read from disk (fs.openAsBlob) as they are sent, so a form can
 * be re-sent after a 401 and no file is ever held in memory.
 */
export async function uploadForm(request: TargetRequest, target: TransferTarget, fields: FormFields, options: FormUploadOptions = {}): Promise<HttpResponse> {
  const form = fields instanceof FormData ? fields : await toFormData(fields);
  const encoder = new FormDataEncoder(form);
  const length = Number(encoder.contentLength);
  const body: BodySource = { kind: 'form', length, replayable: true, open: () => Readable.from(encoder.encode()) };
  const onProgress = options.onProgress;
  return request(options.method ?? 'POST', target, {
    ...callOptions(options),
    headers: { ...options.headers, 'Content-Type': encoder.contentType },
    body,
    ...(onProgress ? { onUploadProgress: (transferred: number) => onProgress({ transferred, total: length }) } : {}),
  });
}

async function toFormData(fields: Exclude<FormFields, FormData>): Promise<FormData> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value as FormValue]) await append(form, name, v);
  }
  return form;
}

async function append(form: FormData, name: string, value: FormValue): Promise<void> {
  if (typeof value === 'string') form.append(name, value);
  else if (Buffer.isBuffer(value)) form.append(name, new Blob([value]), 'blob');
  else if (value instanceof Blob) form.append(name, value);
  else if (typeof value === 'object' && value !== null && typeof value.file === 'string') {
    const blob = await openAsBlob(value.file, { type: value.type ?? 'application/octet-stream' });
    form.append(name, blob, value.filename ?? basename(value.file));
  } else {
    throw new InvalidArgument('fields', `form field "${name}" must be a string, a Buffer, a Blob or { file }`);
  }
}
