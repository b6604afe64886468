import { format } from 'node:util';
import createDebug from 'debug';

/**
 * Captures everything the `stackclient:*` debug namespaces print while `fn` runs, and asserts afterwards
 * that none of `secrets` appears in it. Returns the captured text.
 */
export async function captureDebug(fn: () => Promise<unknown>): Promise<string> {
  const lines: string[] = [];
  const previousLog = createDebug.log;
  const previousNamespaces = createDebug.disable();
  createDebug.enable(previousNamespaces ? `${previousNamespaces},stackclient:*` : 'stackclient:*');
  // debug leaves %s / %d to util.format in its writer, as its Node writer does.
  createDebug.log = (...args: unknown[]) => { lines.push(format(...args)); };
  try {
    await fn();
  } finally {
    createDebug.log = previousLog;
    createDebug.disable();
    if (previousNamespaces) createDebug.enable(previousNamespaces);
  }
  return lines.join('\n');
}

export function expectNoSecrets(output: string, secrets: string[]): void {
  for (const secret of secrets) {
    if (secret && output.includes(secret)) {
      throw new Error(`a secret (${secret.length} chars, starting ${secret.slice(0, 3)}…) appears in the debug output`);
    }
  }
}
