import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, describe, expect, it } from 'vitest';
import { readCloudsFiles } from '../../lib/config/from-clouds-yaml.js';
import { MAX_CONFIG_FILE_BYTES } from '../../lib/config/load-file.js';
import { ConfigError } from '../../lib/errors/framework-errors.js';
import { rejection } from './helpers/hostile.js';

const dir = mkdtempSync(join(tmpdir(), 'clouds-size-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cloudsYaml(bytes: number): string {
  const entry = (i: number) => `  cloud${i}:\n    auth:\n      auth_url: https://keystone${i}.example.com:5000/v3\n      username: u${i}\n`;
  let text = 'clouds:\n';
  for (let i = 0; text.length < bytes; i++) text += entry(i);
  return text;
}

const read = (file: string) => readCloudsFiles({ env: { OS_CLIENT_CONFIG_FILE: file }, cwd: dir, home: dir, siteDir: dir });

describe('a config file over 1 MiB is refused before it is parsed', () => {
  it('a 10 MB clouds.yaml: ConfigError naming the file and its size, at once', async () => {
    const file = join(dir, 'clouds.yaml');
    writeFileSync(file, cloudsYaml(10_000_000));
    const start = performance.now();
    const err = await rejection(read(file)) as ConfigError;
    // Before: issue 10 measured 57 s and 745 MB to parse it; 154 s and 576 MB peak RSS here on a loaded machine.
    expect(performance.now() - start).toBeLessThan(1000);
    expect(err).toBeInstanceOf(ConfigError);
    expect(err.file).toBe(file);
    expect(err.message.startsWith(`clouds.yaml (${file}) is 9.`)).toBe(true);
    expect(err.message).toMatch(/ MiB \(\d+ bytes\); config files over 1\.0 MiB are refused/);
  });

  it('one byte over the limit is refused; a small file still loads', async () => {
    const over = join(dir, 'over.yaml');
    writeFileSync(over, cloudsYaml(MAX_CONFIG_FILE_BYTES + 1).slice(0, MAX_CONFIG_FILE_BYTES + 1));
    expect(await rejection(read(over))).toBeInstanceOf(ConfigError);
    const small = join(dir, 'small.yaml');
    writeFileSync(small, cloudsYaml(2000));
    expect((await read(small)).names.length).toBeGreaterThan(5);
  });

  it('a FIFO that never ends is refused after 1 MiB, not read forever', async () => {
    const fifo = join(dir, 'clouds-fifo.yaml');
    execFileSync('mkfifo', [fifo]);
    const writer = createWriteStream(fifo);
    writer.on('error', () => undefined);
    const chunk = Buffer.from(cloudsYaml(64 * 1024));
    const pump = () => { while (!writer.destroyed && writer.write(chunk)) { /* until the pipe is full */ } };
    writer.on('drain', pump);
    writer.on('open', pump);
    try {
      const err = await rejection(read(fifo));
      expect(err).toBeInstanceOf(ConfigError);
      expect(err.message).toContain('is over 1.0 MiB');
    } finally {
      writer.destroy();
    }
  });
});
