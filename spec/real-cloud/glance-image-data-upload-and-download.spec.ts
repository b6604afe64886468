import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { expect, it } from 'vitest';
import { ChecksumMismatch } from '../../lib/errors/index.js';
import type { HTTPClient } from '../../lib/session/http-client.js';
import { cloudSession, describeRealCloud, rejection, uniqueName } from './helpers/real-cloud.js';

const MiB = 1024 * 1024;

function collect(): { sink: Writable; bytes: () => Buffer } {
  const chunks: Buffer[] = [];
  return { sink: new Writable({ write(c: Buffer, _e, cb) { chunks.push(c); cb(); } }), bytes: () => Buffer.concat(chunks) };
}

async function createImage(http: HTTPClient): Promise<string> {
  const { body } = await http.service('image', '2').post('images', {
    json: { name: uniqueName('transfer'), disk_format: 'raw', container_format: 'bare', visibility: 'private' },
  });
  return (body as { id: string }).id;
}

describeRealCloud('real Glance: image data through http.upload and http.download', () => {
  it('uploads a file and a chunked stream, downloads both with the MD5 Glance sends checked, and a range', async () => {
    const { http, close } = cloudSession();
    const glance = http.service('image', '2');
    const dir = mkdtempSync(join(tmpdir(), 'stackclient-glance-'));
    const ids: string[] = [];
    try {
      const data = randomBytes(3 * MiB + 12_345);
      const md5 = createHash('md5').update(data).digest('hex');
      writeFileSync(join(dir, 'disk.raw'), data);

      const fromFile = await createImage(http);
      ids.push(fromFile);
      const progress: number[] = [];
      const put = await glance.upload(`images/${fromFile}/file`, { file: join(dir, 'disk.raw') },
        { onProgress: ({ transferred, total }) => { progress.push(transferred); expect(total).toBe(data.length); } });
      expect(put.status).toBe(204);
      expect(progress.at(-1)).toBe(data.length);

      // A stream of unknown length goes chunked; Glance takes it as it is.
      const fromStream = await createImage(http);
      ids.push(fromStream);
      await http.upload({ serviceType: 'image', path: `/v2/images/${fromStream}/file` },
        Readable.from([data.subarray(0, MiB), data.subarray(MiB)]));

      for (const id of [fromFile, fromStream]) {
        const shown = (await glance.get(`images/${id}`)).body as { status: string; size: number; checksum: string };
        expect(shown).toMatchObject({ status: 'active', size: data.length, checksum: md5 });

        const target = join(dir, `${id}.raw`);
        const got = await glance.download(`images/${id}/file`, { file: target });
        expect(got).toMatchObject({ status: 200, bytes: data.length, resumed: 0 });
        expect(got.verified).toEqual([{ algorithm: 'md5', value: md5, source: 'Content-MD5' }]);
        expect(readFileSync(target).equals(data)).toBe(true);
      }

      const part = collect();
      const ranged = await glance.download(`images/${fromFile}/file`, part.sink, { range: { start: MiB, end: 2 * MiB - 1 } });
      expect(ranged).toMatchObject({ status: 206, bytes: MiB });
      expect(part.bytes().equals(data.subarray(MiB, 2 * MiB))).toBe(true);

      // A checksum the caller knows that the bytes do not match: the download ends in ChecksumMismatch.
      const wrong = await rejection(glance.download(`images/${fromFile}/file`, collect().sink, { checksums: { md5: 'f'.repeat(32) } }));
      expect(wrong).toBeInstanceOf(ChecksumMismatch);
      expect(wrong.message).toContain('md5');
    } finally {
      for (const id of ids) await glance.delete(`images/${id}`).catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
      close();
    }
  });
});
