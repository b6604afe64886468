import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashSecret, redactHeaders, TOKEN_HEADERS } from '../../lib/log/redact.js';

const token = 'gAAAAABnQ2mZ-header-token';
const sha = (s: string) => createHash('sha256').update(s).digest('hex');

describe('token headers are hashed, the rest kept', () => {
  it('hashSecret is {SHA256} + the hex sha256, as keystoneauth1 prints it', () => {
    expect(hashSecret(token)).toBe(`{SHA256}${sha(token)}`);
    expect(hashSecret(token)).not.toBe(hashSecret(`${token}x`));
  });

  it('lists the keystoneauth1 token headers', () => {
    for (const h of ['authorization', 'x-auth-token', 'x-subject-token', 'x-service-token', 'proxy-authorization']) {
      expect(TOKEN_HEADERS.has(h)).toBe(true);
    }
  });

  it('hashes token headers whatever their case and keeps the name as written', () => {
    const out = redactHeaders({
      'X-Auth-Token': token, 'x-subject-token': 'subject', 'X-SERVICE-TOKEN': 'svc', 'Proxy-Authorization': 'Basic dXNlcjpwdw==',
      Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'X-Missing': undefined, Vary: ['X-Auth-Token', 'Accept'],
    });
    expect(out).toEqual({
      'X-Auth-Token': hashSecret(token),
      'x-subject-token': hashSecret('subject'),
      'X-SERVICE-TOKEN': hashSecret('svc'),
      'Proxy-Authorization': `Basic ${hashSecret('dXNlcjpwdw==')}`,
      Authorization: `Bearer ${hashSecret(token)}`,
      'Content-Type': 'application/json',
      Vary: 'X-Auth-Token, Accept',
    });
    expect(JSON.stringify(out)).not.toContain(token);
  });

  it('hashes the extra secret headers a plugin names', () => {
    const out = redactHeaders({ 'X-Sdk-Signature': 'sig-value', 'X-Sdk-Date': '20261122T175300Z' }, ['x-sdk-signature']);
    expect(out['X-Sdk-Signature']).toBe(hashSecret('sig-value'));
    expect(out['X-Sdk-Date']).toBe('20261122T175300Z');
  });

  it('hashes cookies, which carry sessions', () => {
    const out = redactHeaders({ 'set-cookie': ['session=abc; HttpOnly', 'x=y'], Cookie: 'session=abc' });
    expect(JSON.stringify(out)).not.toContain('session=abc');
  });
});
