import { captureDebug as captureText } from '../../helpers/capture-debug.js';

/** The shared capture (spec/helpers/capture-debug.ts), as lines. */
export async function captureDebug(fn: () => Promise<void>): Promise<string[]> {
  const text = await captureText(fn);
  return text ? text.split('\n') : [];
}
