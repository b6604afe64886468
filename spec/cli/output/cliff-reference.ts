import { execFileSync, spawnSync } from 'node:child_process';

/**
 * Runs cliff's own formatters (the system python3's cliff and prettytable, which python-openstackclient runs on;
 * STACKCLIENT_PYTHON names another interpreter) on the same data:
 * the reference our formatters are compared with. `available` is false where python3 or cliff is missing.
 */
const PYTHON = process.env.STACKCLIENT_PYTHON ?? '/usr/bin/python3';

export const cliffAvailable = spawnSync(PYTHON, ['-c', 'import cliff.formatters.table, prettytable'], { stdio: 'ignore' }).status === 0;

const SCRIPT = `
import argparse, io, json, sys, textwrap
from cliff.formatters import table, commaseparated, shell, json_format, value, yaml_format
req = json.load(sys.stdin)
if req['kind'] == 'wrap':
    print(json.dumps([textwrap.fill(t, w) for t, w in req['cases']]))
    sys.exit(0)
if req['kind'] == 'sort':
    # cliff's Lister.produce_output sorting, on rows of JSON values.
    data, names = [tuple(r) for r in req['rows']], req['columns']
    for index in [names.index(c) for c in req['sort_columns'] if c in names][::-1]:
        try:
            data = sorted(data, key=lambda k: (k[index] is None, k[index]), reverse=req['reverse'])
        except TypeError:
            pass
    print(json.dumps(data))
    sys.exit(0)
formatter = {'table': table.TableFormatter, 'csv': commaseparated.CSVLister, 'shell': shell.ShellFormatter,
             'json': json_format.JSONFormatter, 'value': value.ValueFormatter,
             'yaml': yaml_format.YAMLFormatter}[req['format']]()
args = argparse.Namespace(max_width=0, fit_width=False, print_empty=False, quote_mode='nonnumeric', noindent=False,
                          prefix='', variables=[])
for k, v in req.get('args', {}).items():
    setattr(args, k, v)
class Out(io.StringIO):
    def isatty(self):
        return False
out = Out()
if req['kind'] == 'list':
    formatter.emit_list(req['columns'], [tuple(r) for r in req['rows']], out, args)
else:
    formatter.emit_one(req['columns'], req['row'], out, args)
sys.stdout.write(out.getvalue())
`;

/** What cliff's formatter writes for a list or one record (its trailing newline included). */
export function cliffOutput(request: object): string {
  return execFileSync(PYTHON, ['-c', SCRIPT], { input: JSON.stringify(request), encoding: 'utf8' });
}

/** Python's `textwrap.fill(text, width)` of each case. */
export function pythonFills(cases: [string, number][]): string[] {
  return JSON.parse(cliffOutput({ kind: 'wrap', cases })) as string[];
}

/** cliff's sorting of `rows` by `sortColumns` (unsortable columns left as they are). */
export function cliffSorted(columns: string[], rows: unknown[][], sortColumns: string[], reverse: boolean): unknown[][] {
  return JSON.parse(cliffOutput({ kind: 'sort', columns, rows, sort_columns: sortColumns, reverse })) as unknown[][];
}
