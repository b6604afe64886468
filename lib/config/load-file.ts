import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { ConfigError } from '../errors/framework-errors.js';

/** How a file is named in messages: `clouds.yaml (/home/me/.config/openstack/clouds.yaml)`. */
export function describeFile(path: string): string {
  return `${basename(path)} (${path})`;
}

/**
 * The first of `candidates` that exists, parsed (YAML, or JSON as YAML 1.2 reads it).
 * undefined when none exists. A syntax error is a ConfigError with the file, line and column.
 */
export async function loadFirstFile(candidates: string[]): Promise<{ path: string; data: unknown } | undefined> {
  for (const path of candidates) {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') continue;
      throw new ConfigError(`${describeFile(path)}: cannot be read (${code ?? (error as Error).message})`, { file: path, cause: error });
    }
    return { path, data: await parseText(path, text) };
  }
  return undefined;
}

async function parseText(path: string, text: string): Promise<unknown> {
  // yaml is loaded only when there is a file to read: it costs more start-up time than the rest of the config code.
  const { parse, YAMLParseError } = await import('yaml');
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
