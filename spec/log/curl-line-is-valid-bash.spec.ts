import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { formatCurl } from '../../lib/log/curl.js';

const run = promisify(execFile);

const nasty = [
  `{"name": "it's \\"quoted\\"", "cmd": "$(rm -rf /) \`id\` $HOME \${x}"}`,
  'line one\nline two\r\n\ttabbed',
  "'''",
  '\\\\ back\\slashes \\n not a newline',
  '!history !! ^caret ~tilde *glob? [a-z] {a,b} ; & | > < #',
  'ünïcödé ✓ 雪',
  '@/etc/passwd',
  '\x07bell \x1b[31mred\x1b[0m \x7f',
];

/** Let bash parse the line and hand back the argv curl would get. */
async function argvOf(line: string): Promise<string[]> {
  expect(line.startsWith('curl ')).toBe(true);
  const script = `argv() { for a in "$@"; do printf '%s\\0' "$a"; done; }; argv ${line.slice('curl '.length)}`;
  const { stdout } = await run('bash', ['-c', script], { encoding: 'buffer', timeout: 10_000 });
  return stdout.toString('utf8').split('\0').slice(0, -1);
}

describe('the curl line is one line of valid bash', () => {
  it.each(nasty.map((b) => [JSON.stringify(b).slice(0, 40), b] as const))('body %s survives', async (_label, body) => {
    const line = formatCurl({
      method: 'POST', url: "http://127.0.0.1:1/v2.1/servers?name=a b&tag='x'",
      headers: { 'Content-Type': 'text/plain', 'X-Note': "it's $HOME" }, body,
    });
    expect(line).not.toMatch(/[\n\r]/);
    await run('bash', ['-n', '-c', line], { timeout: 10_000 });

    const argv = await argvOf(line);
    expect(argv.at(-1)).toBe(body);
    expect(argv.at(-2)).toBe(body.startsWith('@') ? '--data-raw' : '-d');
    expect(argv).toContain("http://127.0.0.1:1/v2.1/servers?name=a b&tag='x'");
    expect(argv).toContain("X-Note: it's $HOME");
  });

  it('starts like keystoneauth1 and sorts headers by name', async () => {
    const line = formatCurl({
      method: 'get', url: 'http://127.0.0.1:1/v3/projects',
      headers: { 'User-Agent': 'stackclient/0.1.0', accept: 'application/json', 'X-Auth-Token': 'tok', 'Content-Length': '0' },
    });
    const argv = await argvOf(line);
    expect(argv.slice(0, 4)).toEqual(['-g', '-i', '-X', 'GET']);
    const headers = argv.filter((_a, i) => argv[i - 1] === '-H');
    expect(headers.map((h) => h.split(':')[0])).toEqual(['accept', 'User-Agent', 'X-Auth-Token']);
  });

  it('adds --insecure or --cacert before the method', async () => {
    const insecure = await argvOf(formatCurl({ method: 'GET', url: 'https://127.0.0.1:1/', headers: {}, insecure: true }));
    expect(insecure.slice(0, 5)).toEqual(['-g', '-i', '--insecure', '-X', 'GET']);
    const cacert = await argvOf(formatCurl({ method: 'GET', url: 'https://127.0.0.1:1/', headers: {}, cacert: "/tmp/my ca's.pem" }));
    expect(cacert.slice(0, 6)).toEqual(['-g', '-i', '--cacert', "/tmp/my ca's.pem", '-X', 'GET']);
  });
});
