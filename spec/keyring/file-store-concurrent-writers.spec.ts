import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { FileStore } from '../../lib/keyring/index.js';
import { fixture } from './helpers/build-keyring.js';
import { useBundleSuite } from './helpers/suite.js';
import { runNode } from './helpers/run-node.js';
import { uniqueToken } from './helpers/states.js';

const WRITERS = 20;
const ROUNDS = 10;

describe('20 processes writing one file-store key at once leave a whole, readable entry', () => {
  const suite = useBundleSuite();

  it('every read during and after the writes is one of the written states; no temp file is left', async () => {
    const store = new FileStore({ dir: suite.base.dir });
    const key = 'shared|http://127.0.0.1:5000/v3|alice|project:demo';
    const tokens = Array.from({ length: WRITERS }, (_, i) => uniqueToken(`w${i}`));
    const env = { PATH: process.env.PATH ?? '', HOME: suite.base.dir };

    let reading = true;
    const seen: string[] = [];
    const torn: number[] = [];
    const reader = (async () => {
      // Raw reads, so a half-written file shows as torn rather than as a miss. Bounded: stops when
      // the writers are done, or after 5000 reads.
      for (let i = 0; reading && i < 5000; i++) {
        let text: string | undefined;
        try { text = await readFile(store.pathFor(key), 'utf8'); } catch { text = undefined; }
        if (text !== undefined) {
          try { seen.push((JSON.parse(text) as { state: { token: string } }).state.token); } catch { torn.push(text.length); }
        }
        await new Promise((r) => setImmediate(r));
      }
    })();
    const runs = await Promise.all(tokens.map((token) => runNode(fixture('file-writer.mjs'), [suite.bundle.file, suite.base.dir, key, token, String(ROUNDS)], env)));
    reading = false;
    await reader;

    for (const run of runs) expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    const text = await readFile(store.pathFor(key), 'utf8');
    const entry = JSON.parse(text) as { state: { token: string; extra: { writer: string; round: number } } };
    expect(tokens).toContain(entry.state.token);
    expect(entry.state.extra.writer).toBe(entry.state.token);
    expect(entry.state.extra.round).toBe(ROUNDS - 1);
    expect((await store.get(key))?.token).toBe(entry.state.token);
    expect(torn).toEqual([]);
    expect(seen.length).toBeGreaterThan(0);
    for (const token of seen) expect(tokens).toContain(token);
    expect(await readdir(suite.base.dir)).toEqual([store.pathFor(key).split('/').pop()]);
  });
});
