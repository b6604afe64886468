#!/usr/bin/env node
// Layering rule: no got type appears outside lib/transport/transport.ts. dependency-cruiser already keeps every other
// module from importing got (types included); this check closes the other way out: the transport's own exports. It
// reads the non-private members of everything transport.ts exports, written or inferred, and fails when a type there
// is declared in got or in a package got brings (its Timings come from @szmarczak/http-timer).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const file = path.join(root, process.argv[2] ?? 'lib/transport/transport.ts');
const GOT_PACKAGES = ['got', '@szmarczak/http-timer', '@sindresorhus/is', 'cacheable-request', 'form-data-encoder', 'http2-wrapper',
  'lowercase-keys', 'p-cancelable', 'responselike'];
const FOREIGN = new RegExp(`/node_modules/(${GOT_PACKAGES.join('|')})/`);
const config = ts.getParsedCommandLineOfConfigFile(path.join(root, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
const program = ts.createProgram([file], config?.options ?? {});
const checker = program.getTypeChecker();
const found = [];

const isForeign = (symbol) => (symbol?.declarations ?? []).some((d) => FOREIGN.test(d.getSourceFile().fileName));
const isPrivate = (node) => (node.name && ts.isPrivateIdentifier(node.name)) || ts.getCombinedModifierFlags(node) & ts.ModifierFlags.Private;

function checkType(type, where, seen = new Set()) {
  if (!type || seen.has(type)) return;
  seen.add(type);
  if (isForeign(type.aliasSymbol) || isForeign(type.symbol)) return void found.push(`${where}: ${checker.typeToString(type)}`);
  for (const part of [...(type.types ?? []), ...(type.aliasTypeArguments ?? []), ...(checker.getTypeArguments?.(type) ?? [])]) checkType(part, where, seen);
  if (type.flags & ts.TypeFlags.Object && !type.symbol?.declarations?.some((d) => d.getSourceFile().hasNoDefaultLib)) {
    for (const signature of [...type.getCallSignatures(), ...type.getConstructSignatures()]) {
      checkType(signature.getReturnType(), where, seen);
      for (const p of signature.getParameters()) checkType(checker.getTypeOfSymbol(p), where, seen);
    }
    if (type.symbol && !type.symbol.declarations?.some((d) => d.getSourceFile().fileName === file)) return;
    for (const member of type.getProperties()) {
      if (member.declarations?.some(isPrivate)) continue;
      checkType(checker.getTypeOfSymbol(member), `${where}.${member.getName()}`, seen);
    }
  }
}

const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(file));
for (const exported of checker.getExportsOfModule(moduleSymbol)) {
  const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
  const declaration = symbol.declarations?.[0];
  if (!declaration) continue;
  const where = `${path.relative(root, file)}: ${symbol.getName()}`;
  if (symbol.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias)) checkType(checker.getDeclaredTypeOfSymbol(symbol), where);
  if (symbol.flags & ts.SymbolFlags.Value) checkType(checker.getTypeOfSymbolAtLocation(symbol, declaration), where);
  if (symbol.flags & ts.SymbolFlags.Class) checkType(checker.getDeclaredTypeOfSymbol(symbol), where);
}

if (found.length) {
  console.error(`got types leave ${path.relative(root, file)} through its exports (only the transport may know got):`);
  for (const line of [...new Set(found)]) console.error(`  ${line}`);
  process.exit(1);
}
console.log(`no got type leaves ${path.relative(root, file)}`);
