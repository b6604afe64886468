import { deleteWithWords } from './delete-with-words.js';

/** Deletes each item, reporting failures as osc does: one line each, then "1 of 2 projects failed to delete." */
export function deleteEach(items: string[], noun: string, remove: (item: string) => Promise<void>, warn: (line: string) => void): Promise<void> {
  const words = { failedLine: (item: string, message: string) => `Failed to delete ${noun} with name or ID '${item}': ${message}`, plural: `${noun}s` };
  return deleteWithWords(items, words, remove, warn);
}
