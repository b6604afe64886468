import type http from 'node:http';
import { inspect } from 'node:util';
import { expect } from 'vitest';
import { sendJson } from '../../helpers/loopback-server.js';
export { rejection } from '../../helpers/rejection.js';

/** A v3 token answer (header + body) whose catalog has one `compute` endpoint at `base`/compute. */
export function sendV3Token(res: http.ServerResponse, token: string, base: string): void {
  sendJson(res, 201, {
    token: {
      methods: ['password'], expires_at: new Date(Date.now() + 3_600_000).toISOString(),
      project: { id: 'p1', name: 'demo', domain: { id: 'default', name: 'Default' } },
      user: { id: 'u1', name: 'demo', domain: { id: 'default', name: 'Default' } },
      catalog: [{ type: 'compute', name: 'nova', endpoints: [{ interface: 'public', region: 'RegionOne', url: `${base}/compute` }] }],
    },
  }, { 'X-Subject-Token': token });
}

/** Control characters a hostile server sends: ANSI clear-screen, an OSC window title, NUL, BEL, a C1 CSI. */
export const CONTROLS = ['\x1b[2J', '\x1b]0;owned\x07', '\x00', '\x9b31m', '\r'];
export const RAW_CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;


/** Asserts that none of `secrets` is in the error as util.inspect shows it (cause chain included) or in `debug`. */
export function expectNoSecretAnywhere(err: unknown, debug: string, secrets: string[]): void {
  const shown = inspect(err, { depth: Infinity });
  for (const secret of secrets) {
    expect(shown.includes(secret), `inspect(err) holds a secret starting ${secret.slice(0, 4)}`).toBe(false);
    expect(debug.includes(secret), `the debug output holds a secret starting ${secret.slice(0, 4)}`).toBe(false);
  }
}
