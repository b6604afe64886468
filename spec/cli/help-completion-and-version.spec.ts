import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GROUPS } from '../../bin/command-table.js';
import { VERSION } from '../../lib/version.js';
import { ensureBuilt, runCli, tempHome } from './helpers/cli.js';

describe('help, completion and --version', () => {
  const home = tempHome();
  const run = (...args: string[]) => runCli(args, home.dir);
  beforeAll(ensureBuilt);
  afterAll(() => home.cleanup());

  it('help project list prints what project list --help prints, and exits 0', async () => {
    const [help, flag] = await Promise.all([run('help', 'project', 'list'), run('project', 'list', '--help')]);
    expect(help.code, help.stderr).toBe(0);
    expect(help.stdout).toContain('Usage: stackclient project list [options]');
    expect(help.stdout).toContain('--sort-column <sort-column>');
    expect(help.stdout).toBe(flag.stdout);
  });

  it('help with global options before it, and help alone, show the top-level help', async () => {
    const [help, top] = await Promise.all([run('--os-cloud', 'help', 'help'), run('--help')]);
    expect(help.code, help.stderr).toBe(0);
    expect(help.stdout).toBe(top.stdout);
  });

  it('complete prints a bash completion script that knows every group\'s commands and their options', async () => {
    const r = await run('complete');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.startsWith('_stackclient()\n{\n  local cur prev words\n')).toBe(true);
    expect(r.stdout.endsWith('complete -F _stackclient stackclient\n')).toBe(true);
    const vars = new Map([...r.stdout.matchAll(/^ {2}(cmds\w*)='([^']*)'$/gm)].map((m) => [m[1]!, m[2]!]));
    const top = vars.get('cmds')!.split(' ');
    for (const group of GROUPS) expect(top, group.name).toContain(group.name);
    expect(top).toContain('help');
    expect(vars.get('cmds_project')!.split(' ')).toEqual(expect.arrayContaining(['list', 'show', 'create', 'delete']));
    expect(vars.get('cmds_project_list')).toMatch(/^-h --help -f --format -c --column --quote --noindent --max-width --fit-width --print-empty --sort-column /);
    expect(vars.get('cmds_project_show')).toMatch(/^-h --help -f --format -c --column --noindent --variable --prefix --max-width --fit-width --print-empty/);
    expect(vars.get('cmds_complete')).toBe('-h --help --name --shell');
    // Every command of every group is there: a leaf has options, a group names its sub-commands, and each named one exists.
    for (const [name, words] of vars) {
      if (name === 'cmds' || words.startsWith('-')) continue;
      for (const word of words.split(' ')) expect(vars.has(`${name}_${word.replace(/-/g, '_')}`), `${name} ${word}`).toBe(true);
    }
  });

  it('complete --shell none prints the data lines only; --name renames the function', async () => {
    const [none, named] = await Promise.all([run('complete', '--shell', 'none'), run('complete', '--name', 'sc-dev')]);
    expect(none.stdout.split('\n').filter(Boolean).every((l) => /^ {2}cmds\w*='[^']*'$/.test(l))).toBe(true);
    expect(named.stdout).toMatch(/^_sc_dev\(\)/);
    expect(named.stdout.endsWith('complete -F _sc_dev sc-dev\n')).toBe(true);
  });

  it('--version prints "stackclient <version>" and exits 0', async () => {
    const r = await run('--version');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`stackclient ${VERSION}\n`);
  });
});
