import { Option, type Command } from 'commander';
import { CliUsageError } from '../errors.js';
import type { CliRuntime } from '../runtime.js';

/** cliff's CompleteDictionary: `cmds_<path>` → the words after it (sub-commands, or a leaf's options). */
type Tree = Map<string, Tree | string>;

function optionsOf(cmd: Command): string {
  // Every option argparse knows, hidden ones too, after `-h --help`, as cliff's `_get_optional_actions()` lists them.
  const flags = ['-h', '--help'];
  for (const o of cmd.options as Option[]) flags.push(...[o.short, o.long].filter((f): f is string => typeof f === 'string'));
  return flags.join(' ');
}

function addLeaves(tree: Tree, cmd: Command, path: string[]): void {
  for (const sub of cmd.commands as Command[]) {
    if (sub.name() === 'help') continue;
    const words = [...path, sub.name()];
    if (sub.commands.length > 0) addLeaves(tree, sub, words);
    else addCommand(tree, words, optionsOf(sub));
  }
}

/** `CompleteDictionary.add_command`, including its rule for a verb that is both a command and a prefix. */
function addCommand(root: Tree, words: string[], options: string): void {
  let node = root;
  let last = words[words.length - 1]!;
  for (const word of words.slice(0, -1)) {
    const sub = node.get(word);
    if (typeof sub === 'string') {
      node.set(word, `${sub} ${last}`);
      last = `${word}_${last}`;
    } else {
      node = sub ?? node.set(word, new Map()).get(word) as Tree;
    }
  }
  node.set(last, options);
}

function data(tree: Tree, path: string): [string, string][] {
  const out: [string, string][] = [];
  for (const key of [...tree.keys()].sort()) {
    const name = path ? `${path}_${key}` : key;
    const value = tree.get(key)!;
    if (typeof value === 'string') out.push([name, value]);
    else out.push([name, [...value.keys()].sort().join(' ')], ...data(value, name));
  }
  return out.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

const TRAILER = `
  dash=-
  underscore=_
  cmd=""
  words[0]=""
  completed="\${cmds}"
  for var in "\${words[@]:1}"
  do
    if [[ \${var} == -* ]] ; then
      break
    fi
    if [ -z "\${cmd}" ] ; then
      proposed="\${var}"
    else
      proposed="\${cmd}_\${var}"
    fi
    local i="cmds_\${proposed}"
    i=\${i//$dash/$underscore}
    local comp="\${!i}"
    if [ -z "\${comp}" ] ; then
      break
    fi
    if [[ \${comp} == -* ]] ; then
      if [[ \${cur} != -* ]] ; then
        completed=""
        break
      fi
    fi
    cmd="\${proposed}"
    completed="\${comp}"
  done

  if [ -z "\${completed}" ] ; then
    COMPREPLY=( $( compgen -f -- "$cur" ) $( compgen -d -- "$cur" ) )
  else
    COMPREPLY=( $(compgen -W "\${completed}" -- \${cur}) )
  fi
  return 0
}
`;

/**
 * The bash completion script of every command and its options, in the shape `openstack complete` prints (cliff's
 * CompleteBash): `cmds`, one `cmds_<words>` line per group and command, and the completion function. `--shell none`:
 * the data lines only.
 */
export function completionScript(program: Command, name: string, shell: 'bash' | 'none'): string {
  const tree: Tree = new Map();
  addLeaves(tree, program, []);
  addCommand(tree, ['help'], '-h --help');
  const lines = [`  cmds='${[...tree.keys()].sort().join(' ')}'`, ...data(tree, '').map(([k, v]) => `  cmds_${k.replace(/-/g, '_')}='${v}'`)];
  if (shell === 'none') return `${lines.join('\n')}\n`;
  const fn = name.replace(/-/g, '_');
  const header = `_${fn}()\n{\n  local cur prev words\n  COMPREPLY=()\n  _get_comp_words_by_ref -n : cur prev words\n\n  # Command data:\n`;
  return `${header}${lines.join('\n')}\n${TRAILER}complete -F _${fn} ${name}\n`;
}

/** `complete`: prints the completion script; the entry loads every command group for it. */
export function register(program: Command, cli: CliRuntime): void {
  program.command('complete').description('print bash completion command')
    .addOption(new Option('--name <command_name>', 'Command name to support with command completion'))
    .addOption(new Option('--shell <shell>', 'Shell being used. Use none for data only (default: bash)').default('bash'))
    .action((opts: { name?: string; shell: string }) => {
      if (opts.shell !== 'bash' && opts.shell !== 'none') {
        throw new CliUsageError(`argument --shell: invalid choice: '${opts.shell}' (choose from 'bash', 'none')`);
      }
      cli.io.out(completionScript(program, opts.name ?? 'stackclient', opts.shell));
    });
}
