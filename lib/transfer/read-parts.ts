import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import type { UploadSource } from './upload.js';

/**
 * `source` cut into parts of `partSize` bytes (the last one shorter), read only as the caller asks for the next:
 * a Buffer is sliced without copying, a file or stream is read chunk by chunk into one part at a time.
 */
export async function* readParts(source: UploadSource, partSize: number): AsyncGenerator<Buffer> {
  if (Buffer.isBuffer(source)) {
    for (let at = 0; at < source.length; at += partSize) yield source.subarray(at, at + partSize);
    return;
  }
  const isFile = 'file' in source && typeof source.file === 'string';
  const stream: Readable = isFile ? createReadStream(source.file, { highWaterMark: 1024 * 1024 }) : source as Readable;
  let chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let rest = chunk;
    while (size + rest.length >= partSize) {
      const take = partSize - size;
      chunks.push(rest.subarray(0, take));
      yield Buffer.concat(chunks, partSize);
      rest = rest.subarray(take);
      chunks = [];
      size = 0;
    }
    if (rest.length > 0) {
      chunks.push(rest);
      size += rest.length;
    }
  }
  if (size > 0) yield Buffer.concat(chunks, size);
}
