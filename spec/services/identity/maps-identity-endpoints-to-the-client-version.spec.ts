import { describe, expect, it } from 'vitest';
import { withIdentityVersion } from '../../../lib/services/identity/index.js';

describe('identity endpoint version segment', () => {
  it('replaces a trailing version, or appends one to a versionless endpoint', () => {
    const cases: [string, string, string][] = [
      ['http://127.0.0.1:5000/v3', 'v2.0', 'http://127.0.0.1:5000/v2.0'],
      ['http://127.0.0.1:5000/v2.0/', 'v3', 'http://127.0.0.1:5000/v3'],
      ['http://127.0.0.1/identity', 'v3', 'http://127.0.0.1/identity/v3'],
      ['http://127.0.0.1/identity/', 'v2.0', 'http://127.0.0.1/identity/v2.0'],
      ['https://keystone.example:443/', 'v3', 'https://keystone.example/v3'],
      ['http://127.0.0.1:5000/v3', 'v3', 'http://127.0.0.1:5000/v3'],
    ];
    for (const [input, version, expected] of cases) expect(withIdentityVersion(input, version)).toBe(expected);
  });

  it('rejects what is no URL with a TypeError', () => {
    expect(() => withIdentityVersion('not a url', 'v3')).toThrow(TypeError);
  });
});
