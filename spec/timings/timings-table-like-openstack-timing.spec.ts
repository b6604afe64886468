import { describe, expect, it } from 'vitest';
import { timingsTable as formatTimingsTable } from '../../bin/output/timings.js';

describe('the --timing table', () => {
  it('prints URL | Seconds rows and a Total, as `openstack --timing` does', () => {
    const table = formatTimingsTable([
      { method: 'POST', url: 'http://127.0.0.1:5000/v3/auth/tokens', status: 201, start: 0, elapsed: 123.4 },
      { method: 'GET', url: 'http://127.0.0.1:8774/v2.1/servers/detail', status: 200, start: 0, elapsed: 2000 },
      { method: 'GET', url: 'http://127.0.0.1:8779/v1.0/p/instances', error: 'ERR_CONNECTION_REFUSED', start: 0, elapsed: 4.6 },
    ]);
    const rows = table.split('\n').filter((l) => l.startsWith('│') || l.startsWith('|'));
    const cells = rows.map((r) => r.split(/[│|]/).slice(1, 3).map((c) => c.trim()));
    expect(cells).toEqual([
      ['URL', 'Seconds'],
      ['POST http://127.0.0.1:5000/v3/auth/tokens', '0.1234'],
      ['GET http://127.0.0.1:8774/v2.1/servers/detail', '2'],
      ['GET http://127.0.0.1:8779/v1.0/p/instances (ERR_CONNECTION_REFUSED)', '0.0046'],
      ['Total', '2.128'],
    ]);
    // Plain text: no colour escapes for a pipe or a file.
    expect(table).not.toContain('\x1b[');
  });

  it('has a Total of 0 for no requests', () => {
    expect(formatTimingsTable([])).toMatch(/Total\s*[│|]\s*0\s/);
  });
});
