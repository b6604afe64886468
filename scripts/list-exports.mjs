#!/usr/bin/env node
// Lists the public surface of the package root: the runtime values the built dist/index.js exports, and the names
// (values and types) the TypeScript compiler sees exported from index.ts. Run `npm run build` first.
//   node scripts/list-exports.mjs           names by kind, then counts
//   node scripts/list-exports.mjs --json    the same as JSON
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
const sorted = (names) => [...names].sort((a, b) => a.localeCompare(b));
const missingAtRuntime = valueNames.filter((name) => !runtime.includes(name));
const result = {
  runtime: sorted(runtime),
  typesOnly: sorted(typeNames),
  counts: { names: typeNames.length + valueNames.length, runtimeValues: runtime.length, typesOnly: typeNames.length },
  ...(missingAtRuntime.length ? { valuesMissingFromDist: sorted(missingAtRuntime) } : {}),
};
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(result, null, 2));
} else {
  console.log(`runtime values (${result.runtime.length}):\n  ${result.runtime.join(', ')}`);
  console.log(`types only (${result.typesOnly.length}):\n  ${result.typesOnly.join(', ')}`);
  console.log(`total names: ${result.counts.names}, runtime values: ${result.counts.runtimeValues}, types only: ${result.counts.typesOnly}`);
}
