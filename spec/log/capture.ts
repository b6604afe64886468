import { expect } from 'vitest';
import { createHttpLog, type HttpLog } from '../../lib/log/http-log.js';

/** An http log that is on and keeps its lines, plus a check that no secret got into them. */
export function captureHttpLog(): { log: HttpLog; lines: string[]; expectNoSecrets(secrets: string[]): void } {
  const lines: string[] = [];
  const log = createHttpLog({ debug: true, write: (line) => { lines.push(line); } });
  return {
    log,
    lines,
    expectNoSecrets(secrets) {
      expect(lines.length).toBeGreaterThan(0);
      const text = lines.join('\n');
      for (const s of secrets) expect(text, `secret ${s.slice(0, 6)}… leaked into the log`).not.toContain(s);
    },
  };
}
