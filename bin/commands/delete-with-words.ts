import { CommandFailed } from '../errors.js';

/**
 * Deletes each item as osc does, with the command's own words for a failure: one line per
 * failed item (`failedLine`), then "N of M <plural> failed to delete." (exit 1).
 */
export async function deleteWithWords(
  items: string[], words: { failedLine(item: string, message: string): string; plural: string },
  remove: (item: string) => Promise<void>, warn: (line: string) => void,
): Promise<void> {
  let failed = 0;
  for (const item of items) {
    try {
      await remove(item);
    } catch (error) {
      failed++;
      warn(words.failedLine(item, (error as Error).message));
    }
  }
  if (failed > 0) throw new CommandFailed(`${failed} of ${items.length} ${words.plural} failed to delete.`);
}
