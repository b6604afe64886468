// Usage: node summarize-results.mjs RESULTS.json VITEST_STATUS
// Prints the plain closing line `N passed, N failed, N skipped` and exits non-zero when anything failed.
import { readFileSync, existsSync } from 'node:fs';

const [file, statusText] = process.argv.slice(2);
const status = Number(statusText ?? 0);
if (!existsSync(file)) {
  console.log('0 passed, 1 failed, 0 skipped');
  console.error(`no vitest results at ${file}; vitest exited ${status}`);
  process.exit(status || 1);
}
const r = JSON.parse(readFileSync(file, 'utf8'));
const passed = r.numPassedTests ?? 0;
const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
// A suite that failed to load has no tests but counts as a failure.
const failedSuites = (r.testResults ?? []).filter((s) => s.status === 'failed' && (s.assertionResults ?? []).length === 0).length;
const failed = (r.numFailedTests ?? 0) + failedSuites;
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || status !== 0 ? 1 : 0);
