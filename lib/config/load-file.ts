import { statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { ConfigError } from '../errors/framework-errors.js';

/** How a file is named in messages: `clouds.yaml (/home/me/.config/openstack/clouds.yaml)`. */
export function describeFile(path: string): string {
  return `${basename(path)} (${path})`;
}

/** Config files larger than this are refused: a real clouds.yaml is a few KiB, and YAML parsing is slow and memory-hungry. */
export const MAX_CONFIG_FILE_BYTES = 1024 * 1024;

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}

/**
 * The text of a config file, read to at most MAX_CONFIG_FILE_BYTES + 1 bytes whatever `stat` says (a FIFO or a
 * device reports no size), so an oversized file is refused before it is read whole.
 */
async function readBounded(path: string): Promise<string> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    const limit = MAX_CONFIG_FILE_BYTES;
    if (size > limit) throw tooLarge(path, `is ${sizeText(size)} (${size} bytes)`);
    const buffer = Buffer.alloc(limit + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await file.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > limit) throw tooLarge(path, `is over ${sizeText(limit)}`);
    return buffer.toString('utf8', 0, length);
  } finally {
    await file.close();
  }
}

function tooLarge(path: string, what: string): ConfigError {
  return new ConfigError(`${describeFile(path)} ${what}; config files over ${sizeText(MAX_CONFIG_FILE_BYTES)} are refused. `
    + 'Check that the path names a clouds.yaml and not another file', { file: path });
}

/**
 * The first of `candidates` that exists, parsed (YAML, or JSON as YAML 1.2 reads it).
 * undefined when none exists. A syntax error is a ConfigError with the file, line and column; so is a file over
 * MAX_CONFIG_FILE_BYTES, with its size.
 */
export async function loadFirstFile(candidates: string[]): Promise<{ path: string; data: unknown } | undefined> {
  for (const path of candidates) {
    // Most of the 9 candidates do not exist: a synchronous stat skips each in microseconds, where a failed open() costs a
    // round trip through libuv's pool (a CLI start-up pays 18 of them, one after the other).
    if (!mayExist(path)) continue;
    let text: string;
    try {
      text = await readBounded(path);
    } catch (error) {
      if (error instanceof ConfigError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') continue;
      throw new ConfigError(`${describeFile(path)}: cannot be read (${code ?? (error as Error).message})`, { file: path, cause: error });
    }
    return { path, data: await parseText(path, text) };
  }
  return undefined;
}

/** False only when `path` certainly does not exist; any other stat failure is left for open() to report. */
function mayExist(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false }) !== undefined;
  } catch {
    return true;
  }
}

async function parseText(path: string, text: string): Promise<unknown> {
  // yaml is loaded only when there is a file to read: it costs more start-up time than the rest of the config code.
  const { parse, YAMLParseError } = await import('./yaml-parser.js');
  try {
    return parse(text);
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const pos = error.linePos?.[0];
      const where = pos ? ` at line ${pos.line}, column ${pos.col}` : '';
      const reason = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
      throw new ConfigError(`${describeFile(path)}: YAML syntax error${where}: ${reason}`, { file: path, cause: error });
    }
    throw new ConfigError(`${describeFile(path)}: cannot be parsed: ${(error as Error).message}`, { file: path, cause: error });
  }
}
