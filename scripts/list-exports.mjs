#!/usr/bin/env node
// Lists the public surface of the package root: the runtime values the built dist/index.js exports, and the names
// (values and types) the TypeScript compiler sees exported from index.ts. Run `npm run build` first.
//   node scripts/list-exports.mjs           names by kind, then counts
//   node scripts/list-exports.mjs --json    the same as JSON
// It also names the types that dist/index.d.ts declares (so some public signature uses them) but does not export:
// users cannot name them in their own code.
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import ts from 'typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tsconfig = ts.getParsedCommandLineOfConfigFile(path.join(root, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
const entry = path.join(root, 'index.ts');
const program = ts.createProgram([entry], tsconfig?.options ?? {});
const checker = program.getTypeChecker();
const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(entry));
const typeNames = [];
const valueNames = [];
for (const symbol of checker.getExportsOfModule(moduleSymbol)) {
  const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  (target.flags & ts.SymbolFlags.Value ? valueNames : typeNames).push(symbol.getName());
}
const runtime = Object.keys(await import(pathToFileURL(path.join(root, 'dist/index.js')).href));
const unexported = declaredButNotExported(path.join(root, 'dist/index.d.ts'));
const sorted = (names) => [...names].sort((a, b) => a.localeCompare(b));
const missingAtRuntime = valueNames.filter((name) => !runtime.includes(name));
const result = {
  runtime: sorted(runtime),
  typesOnly: sorted(typeNames),
  counts: { names: typeNames.length + valueNames.length, runtimeValues: runtime.length, typesOnly: typeNames.length },
  unexportedTypes: sorted(unexported),
  ...(missingAtRuntime.length ? { valuesMissingFromDist: sorted(missingAtRuntime) } : {}),
};
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(result, null, 2));
} else {
  console.log(`runtime values (${result.runtime.length}):\n  ${result.runtime.join(', ')}`);
  console.log(`types only (${result.typesOnly.length}):\n  ${result.typesOnly.join(', ')}`);
  console.log(`declared in dist/index.d.ts but not exported (${result.unexportedTypes.length}):\n  ${result.unexportedTypes.join(', ')}`);
  console.log(`total names: ${result.counts.names}, runtime values: ${result.counts.runtimeValues}, types only: ${result.counts.typesOnly}`);
}

/** Top-level declarations of a bundled .d.ts that its export list leaves out (`$1`-suffixed duplicates count once). */
function declaredButNotExported(file) {
  const source = ts.createSourceFile(file, ts.sys.readFile(file) ?? '', ts.ScriptTarget.Latest);
  const declared = new Set();
  const exported = new Set();
  for (const statement of source.statements) {
    if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      for (const e of statement.exportClause.elements) exported.add((e.propertyName ?? e.name).text);
    } else if (ts.isVariableStatement(statement)) {
      for (const d of statement.declarationList.declarations) if (ts.isIdentifier(d.name)) declared.add(d.name.text);
    } else if (statement.name && ts.isIdentifier(statement.name) && !ts.isModuleDeclaration(statement)) {
      declared.add(statement.name.text);
    }
  }
  return [...new Set([...declared].filter((name) => !exported.has(name) && !name.endsWith('_base')).map((name) => name.replace(/\$\d+$/, '')))];
}
