import { afterEach, describe, expect, it } from 'vitest';
import { HTTPClient } from '../../lib/session/http-client.js';
import { StaticToken } from '../../plugins/static-token.js';
import { ComputeLikeClient } from '../helpers/compute-like-client.js';
import { startRestartable } from '../helpers/restartable-server.js';

describe('circuit state changes', () => {
  const cleanup: (() => Promise<void> | void)[] = [];
  afterEach(async () => { for (const c of cleanup.splice(0)) await c(); });

  it('go to the logger: opening at warn (with the retry time), half-open and closing at info', async () => {
    let status = 500;
    const primary = await startRestartable('primary', () => ({ status, body: {} }));
    cleanup.push(primary.stop);
    const lines: string[] = [];
    const http = new HTTPClient({
      authPlugin: new StaticToken({ token: 'tok-logged-spec', endpoint: { compute: primary.url } }),
      retry: false,
      circuitBreaker: { maxFailures: 1, openMs: 50 },
      logger: { debug() {}, info: (l) => lines.push(`info ${l}`), warn: (l) => lines.push(`warn ${l}`), error: (l) => lines.push(`error ${l}`) },
    });
    cleanup.push(() => http.close());
    const compute = new ComputeLikeClient(http);
    await compute.get('servers').catch(() => undefined);
    status = 200;
    await new Promise((resolve) => setTimeout(resolve, 70));
    await compute.get('servers');
    const host = `127.0.0.1:${primary.port}`;
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(new RegExp(`^warn circuit for ${host}: closed -> open until \\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z \\(1 consecutive failures\\)$`));
    expect(lines[1]).toBe(`info circuit for ${host}: open -> half-open (open for 50 ms)`);
    expect(lines[2]).toBe(`info circuit for ${host}: half-open -> closed (1 probe succeeded)`);
  });
});
