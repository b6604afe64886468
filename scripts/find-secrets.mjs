// Usage: node find-secrets.mjs LOGFILE [SECRET...]
// Fails when the log holds one of the given secrets, the fake cloud's passwords, or a token in clear
// (Keystone fernet tokens start with gAAAAA; the fake cloud's tokens too). Prints where, never the secret.
import { readFileSync } from 'node:fs';

const [file, ...given] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
// The fake cloud's fixed credentials (lib/testing/identity-directory.ts) are secrets in a log too.
const FAKE_CLOUD_SECRETS = ['demo-password', 'admin-password', 'demo-appcred-secret'];
const secrets = [...given, ...FAKE_CLOUD_SECRETS].filter((s) => s && s.length >= 6);
const found = [];
for (const s of secrets) {
  const at = text.indexOf(s);
  if (at >= 0) found.push(`a password/secret given on the command line, at byte ${at}`);
}
const token = /gAAAAA[A-Za-z0-9_\-=]{40,}/g;
let m;
while ((m = token.exec(text)) && found.length < 20) {
  found.push(`a token in clear at byte ${m.index}: line "${lineAt(m.index).replace(m[0], '<token>').slice(0, 160)}"`);
}
function lineAt(i) {
  const start = text.lastIndexOf('\n', i) + 1;
  const end = text.indexOf('\n', i);
  return text.slice(start, end < 0 ? undefined : end);
}
if (found.length) {
  console.log(`secrets found in ${file}:\n- ${found.join('\n- ')}`);
  process.exit(1);
}
console.error(`no secret found in ${text.length} bytes of debug output (${secrets.length} secrets and the token pattern searched)`);
