import { CommandFailed } from '../errors.js';

/** Deletes each item, reporting failures as osc does: one line each, then "1 of 2 projects failed to delete." */
export async function deleteEach(items: string[], noun: string, remove: (item: string) => Promise<void>, warn: (line: string) => void): Promise<void> {
  let failed = 0;
  for (const item of items) {
    try {
      await remove(item);
    } catch (error) {
      failed++;
      warn(`Failed to delete ${noun} with name or ID '${item}': ${(error as Error).message}`);
    }
  }
  if (failed > 0) throw new CommandFailed(`${failed} of ${items.length} ${noun}s failed to delete.`);
}
