import { describe, expect, it } from 'vitest';
import { KnownSecrets } from '../../lib/log/known-secrets.js';
import { hashSecret } from '../../lib/log/redact.js';

describe('KnownSecrets hides the exact values it knows', () => {
  it('a secret as ***, a token as {SHA256}<hash>, as is, JSON-escaped and percent-encoded', () => {
    const known = new KnownSecrets();
    const password = 'p@ss "word"/ü';
    const token = 'tok/en+1';
    known.add(password);
    known.add(token, 'token');
    const text = `raw ${password}; json ${JSON.stringify(password)}; url ${encodeURIComponent(password)}; token ${token} ${encodeURIComponent(token)}`;
    expect(known.redact(text)).toBe(`raw ***; json "***"; url ***; token ${hashSecret(token)} ${hashSecret(token)}`);
    expect(known.has(password) && known.has(token)).toBe(true);
  });

  it('a value that contains another is replaced whole', () => {
    const known = new KnownSecrets();
    known.add('abc-secret');
    known.add('abc-secret-and-more', 'token');
    expect(known.redact('x abc-secret-and-more y')).toBe(`x ${hashSecret('abc-secret-and-more')} y`);
  });

  it('reads its source at each use and keeps tokens the source has replaced, up to a bound', () => {
    let current = 'token-0';
    const known = new KnownSecrets(() => ({ secrets: ['the-password'], tokens: [current] }));
    const seen: string[] = [];
    for (let i = 0; i < 20; i++) {
      current = `token-${i}`;
      seen.push(current);
      expect(known.redact(current)).toBe(hashSecret(current));
    }
    // The last eight tokens are still hidden; older ones were dropped (the registry is bounded).
    expect(seen.slice(-8).every((t) => known.has(t))).toBe(true);
    expect(known.has('token-0')).toBe(false);
    expect(known.redact('the-password')).toBe('***');
  });

  it('ignores empty and missing values', () => {
    const known = new KnownSecrets(() => ({ secrets: ['', undefined], tokens: [undefined] }));
    expect(known.redact('nothing to hide')).toBe('nothing to hide');
  });
});
