import type { ShowResult } from './model.js';
import { machineValue, pythonRepr } from './python-text.js';

/** `-f shell`'s options: `--prefix` for every name, and cliff's hidden `--variable` (repeatable) to keep only some. */
export interface ShellOptions {
  prefix?: string;
  variables?: string[];
}

/**
 * cliff's ShellFormatter: `<prefix><name>="<value>"` a line, the name lower-cased with spaces, colons and dashes as
 * underscores, double quotes in string values escaped with a backslash (and nothing else, as cliff does).
 */
export function toShell(result: ShowResult, opts: ShellOptions = {}): string {
  const lines: string[] = [];
  result.fields.forEach((field, i) => {
    const name = field.toLowerCase().replace(/ /g, '_');
    if (opts.variables?.length && !opts.variables.includes(name)) return;
    const value = machineValue(result.values[i]);
    const text = typeof value === 'string' ? value.replace(/"/g, '\\"') : pythonRepr(value);
    lines.push(`${opts.prefix ?? ''}${name.replace(/[:-]/g, '_')}="${text}"`);
  });
  return lines.join('\n');
}
