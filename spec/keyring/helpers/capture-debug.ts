import { format } from 'node:util';
import createDebug from 'debug';

/**
 * Runs `fn` with DEBUG=stackclient:* in effect and every debug line captured (formatted, as a
 * terminal would show it). Restores the previous namespaces and writer afterwards.
 */
export async function captureDebug(fn: () => Promise<void>): Promise<string[]> {
  const lines: string[] = [];
  const previousNamespaces = createDebug.disable();
  const previousLog = createDebug.log;
  // debug leaves %s / %d to util.format in its writer, as its Node writer does.
  createDebug.log = (...args: unknown[]) => { lines.push(format(...args)); };
  createDebug.enable('stackclient:*');
  try {
    await fn();
  } finally {
    createDebug.log = previousLog;
    createDebug.disable();
    if (previousNamespaces) createDebug.enable(previousNamespaces);
  }
  return lines;
}
