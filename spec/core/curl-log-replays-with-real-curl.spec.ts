import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { hashSecret } from '../../lib/log/redact.js';
import { captureDebug, expectNoSecrets } from '../helpers/capture-debug.js';
import { fakeSession } from '../helpers/fake-session.js';

// Async: the fake cloud answers from this same process, so a synchronous child would deadlock.
const bash = async (script: string) => (await promisify(execFile)('bash', ['-c', script], { encoding: 'utf8', timeout: 10_000 })).stdout;

/** The REQ lines of a captured log, as runnable commands. */
function curlLines(log: string): string[] {
  return log.split('\n').map((l) => l.slice(l.indexOf('curl -g -i'))).filter((l) => l.startsWith('curl -g -i'));
}

describe('the curl-style debug log', () => {
  let session: Awaited<ReturnType<typeof fakeSession>>;
  afterEach(() => session.close());

  it('a logged request, replayed by real curl with the token put back, gets the same status', async () => {
    session = await fakeSession();
    const log = await captureDebug(async () => {
      await session.echo.post('/items', { json: { name: "it's a \"test\" with $HOME and `ticks`\nand a newline" } });
      await session.echo.get('/missing-thing').catch(() => undefined);
    });
    const token = session.plugin.getToken()!;
    const lines = curlLines(log).filter((l) => l.includes('/echo/'));
    expect(lines).toHaveLength(2);
    for (const [line, expected] of [[lines[0]!, 200], [lines[1]!, 200]] as const) {
      expect(line).toContain(hashSecret(token));
      const replay = line.replace(hashSecret(token), token);
      const out = await bash(`${replay} -s -o /dev/null -w '%{http_code}'`);
      expect(Number(out)).toBe(expected);
    }
    const echoed = JSON.parse(await bash(lines[0]!.replace(hashSecret(token), token).replace('curl -g -i', 'curl -g -s')));
    expect(echoed.body).toEqual({ name: "it's a \"test\" with $HOME and `ticks`\nand a newline" });
  });

  it('shows tokens as {SHA256} and never the password or the token in clear', async () => {
    session = await fakeSession();
    const log = await captureDebug(async () => {
      await session.echo.get('/x');
      session.cloud.revokeAllTokens();
      await session.echo.get('/y');
      await session.http.revoke();
    });
    expect(log).toContain('{SHA256}');
    expect(log).toMatch(/auth\/tokens/);
    expectNoSecrets(log, [session.cloud.credentials.password, session.plugin.getToken() ?? '']);
    const tokens = [...log.matchAll(/X-Subject-Token: ([^'\s]+)/gi)].map((m) => m[1]);
    for (const t of tokens) expect(t).toMatch(/^\{SHA256\}[0-9a-f]{64}$/);
  });
});
