// node bench/config-file-size.mjs [MiB]: seconds and peak RSS to load a clouds.yaml of that size (default 10)
// through OS_CLIENT_CONFIG_FILE, until it loads or fails. Not a test: nothing here asserts a figure.
// Run `npm run build` first.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCloudsFiles } from '../dist/index.js';

const mib = Number(process.argv[2] ?? 10);
const dir = mkdtempSync(join(tmpdir(), 'clouds-size-'));
const file = join(dir, 'clouds.yaml');
const entry = (i) => `  cloud${i}:\n    auth:\n      auth_url: https://keystone${i}.example.com:5000/v3\n      username: user${i}\n`
  + `      project_name: project${i}\n    region_name: RegionOne\n`;
let text = 'clouds:\n';
for (let i = 0; text.length < mib * 1024 * 1024; i++) text += entry(i);
writeFileSync(file, text);
const start = Date.now();
let outcome;
try {
  const files = await readCloudsFiles({ env: { OS_CLIENT_CONFIG_FILE: file }, cwd: dir, home: dir, siteDir: dir });
  outcome = `loaded ${files.names.length} clouds`;
} catch (error) {
  outcome = `${error.name}: ${error.message}`;
}
const seconds = (Date.now() - start) / 1000;
const rssMb = (process.resourceUsage().maxRSS / 1024).toFixed(0);
console.log(`${(text.length / 1048576).toFixed(1)} MiB clouds.yaml: ${seconds.toFixed(2)} s, peak RSS ${rssMb} MB; ${outcome.slice(0, 160)}`);
rmSync(dir, { recursive: true, force: true });
