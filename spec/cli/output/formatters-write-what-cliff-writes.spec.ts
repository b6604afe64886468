import { describe, expect, it } from 'vitest';
import { formatResult, type OutputOptions } from '../../../bin/output/index.js';
import { listResult, showOrdered } from '../../../bin/output/model.js';
import { cliffAvailable, cliffOutput } from './cliff-reference.js';

// Rows with what tables must get right: numbers (right-aligned), None, booleans, quotes, commas, backslashes,
// a newline, long words and hyphenated text that wraps, and non-ASCII text.
const COLUMNS = ['ID', 'Name', 'Size', 'Enabled', 'Description'];
const ROWS: unknown[][] = [
  ['5d6f4a0e1f2b4c3d9e8f7a6b5c4d3e2f', 'web-frontend-01', 20, true, 'Serves the "public" site, behind the load-balancer'],
  ['0a1b2c3d4e5f60718293a4b5c6d7e8f9', 'db', 3, false, null],
  ['ffeeddccbbaa99887766554433221100', 'cache,hot', 11, true, 'a\\b path and\na second line'],
  ['123', 'ünïcode-名前', 7, null, 'short'],
  ['456', '5.7', 0, false, ''],
];
const RECORD = { id: '5d6f4a0e1f2b4c3d9e8f7a6b5c4d3e2f', name: 'web "one"', size: 20, enabled: true, 'os-ext:zone': 'nova', parent_id: null };

const withCliff = cliffAvailable ? it : it.skip;
const flags = (opts: OutputOptions) => JSON.stringify(opts);

describe('the output formatters write what cliff writes', () => {
  const listCases: [OutputOptions, object][] = [
    [{ format: 'table' }, {}],
    [{ format: 'table', maxWidth: 60 }, { max_width: 60 }],
    [{ format: 'table', maxWidth: 30 }, { max_width: 30 }],
    [{ format: 'table', fitWidth: true, terminalWidth: 50 }, {}],
    [{ format: 'csv' }, {}],
    [{ format: 'csv', quote: 'all' }, { quote_mode: 'all' }],
    [{ format: 'csv', quote: 'minimal' }, { quote_mode: 'minimal' }],
    [{ format: 'csv', quote: 'none' }, { quote_mode: 'none' }],
    [{ format: 'json' }, {}],
    [{ format: 'json', noindent: true }, { noindent: true }],
    [{ format: 'value' }, {}],
    [{ format: 'yaml' }, {}],
  ];
  for (const [opts, args] of listCases) {
    withCliff(`a list, ${flags(opts)}`, async () => {
      // PyYAML escapes non-ASCII text and folds multi-line strings in its own ways, which we do not copy (yet).
      const rows = opts.format === 'yaml' ? ROWS.filter((r) => r.every((v) => typeof v !== 'string' || /^[\x20-\x7e]*$/.test(v))) : ROWS;
      const expected = cliffOutput({ kind: 'list', format: opts.format, args, columns: COLUMNS, rows });
      const ours = await formatResult(listResult(COLUMNS, rows), opts);
      // fit-width: cliff asks the terminal; here the reference gets the same width as a max width (what fitting does).
      if (opts.fitWidth) {
        expect(`${ours}\n`).toBe(cliffOutput({ kind: 'list', format: 'table', args: { max_width: 50 }, columns: COLUMNS, rows: ROWS }));
      } else {
        expect(`${ours}\n`).toBe(expected);
      }
    });
  }

  const showCases: [OutputOptions, object][] = [
    [{ format: 'table' }, {}],
    [{ format: 'table', maxWidth: 24 }, { max_width: 24 }],
    [{ format: 'shell' }, {}],
    [{ format: 'shell', prefix: 'x_' }, { prefix: 'x_' }],
    [{ format: 'shell', variables: ['name', 'os-ext:zone'] }, { variables: ['name', 'os-ext:zone'] }],
    [{ format: 'json', noindent: true }, { noindent: true }],
    [{ format: 'value' }, {}],
    [{ format: 'yaml' }, {}],
  ];
  for (const [opts, args] of showCases) {
    withCliff(`one record, ${flags(opts)}`, async () => {
      const record = showOrdered(RECORD);
      const expected = cliffOutput({ kind: 'show', format: opts.format, args, columns: record.fields, row: record.values });
      expect(`${await formatResult(record, opts)}\n`).toBe(expected);
    });
  }

  withCliff('an empty list: one empty line, or the bare frame with --print-empty', async () => {
    const empty = listResult(['ID', 'Name'], []);
    expect(`${await formatResult(empty, { format: 'table' })}\n`).toBe(cliffOutput({ kind: 'list', format: 'table', columns: ['ID', 'Name'], rows: [] }));
    expect(`${await formatResult(empty, { format: 'table', printEmpty: true })}\n`)
      .toBe(cliffOutput({ kind: 'list', format: 'table', args: { print_empty: true }, columns: ['ID', 'Name'], rows: [] }));
  });

  it('-f csv on one record and -f shell on a list are usage errors (exit 2), as argparse refuses them', async () => {
    await expect(formatResult(showOrdered(RECORD), { format: 'csv' })).rejects.toMatchObject({ code: 'ERR_CLI_USAGE' });
    await expect(formatResult(listResult(COLUMNS, ROWS), { format: 'shell' })).rejects.toMatchObject({ code: 'ERR_CLI_USAGE' });
  });
});
