import { describe, expect, it } from 'vitest';
import { activeServer, useComputeCli } from './helpers.js';

describe('console log show, as a process, on the fake cloud', () => {
  const cli = useComputeCli();

  it('prints the whole console log, ending in a newline; --lines N prints the last N lines', async () => {
    await activeServer(cli, 'chatty');
    const all = await cli.run('console', 'log', 'show', 'chatty');
    expect(all.code, all.stderr).toBe(0);
    expect(all.stdout).toBe('FAKE CONSOLE OUTPUT\nchatty login:\nANOTHER\nLAST LINE\n');
    const last = await cli.run('console', 'log', 'show', '--lines', '2', 'chatty');
    expect(last.code, last.stderr).toBe(0);
    expect(last.stdout).toBe('ANOTHER\nLAST LINE\n');
  });

  it('a negative or non-integer --lines is a usage error (exit 2) before any request', async () => {
    for (const bad of ['-1', 'two']) {
      const r = await cli.run('console', 'log', 'show', '--lines', bad, 'chatty');
      expect(r.code, bad).toBe(2);
    }
  });

});

describe('console log show of a server still building', () => {
  const cli = useComputeCli({ buildMs: 600_000 });

  it("has no console: Nova's 409, exit 1", async () => {
    const created = await cli.json('server', 'create', 'slow', '--flavor', 'm1.tiny', '--image', 'img');
    expect(created.status).toBe('BUILD');
    const r = await cli.run('console', 'log', 'show', 'slow');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/HTTP 409: Cannot 'get_console_output' instance .* vm_state building/);
  });
});
