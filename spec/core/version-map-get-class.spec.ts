import { describe, expect, it } from 'vitest';
import { BaseClient } from '../../lib/base-client.js';
import { getClass, normalizeVersion } from '../../lib/version-map.js';
import { UnsupportedVersion } from '../../lib/errors/framework-errors.js';

describe('getClass', () => {
  const map = { '2': 'two', '2.1': 'two-one', '3': 'three' };

  it('treats 2, 2.0 and v2 as the same version', () => {
    for (const v of ['2', '2.0', 'v2', 'V2.0', 2]) expect(getClass('compute', v, map)).toBe('two');
    expect(getClass('compute', 'v2.1', map)).toBe('two-one');
    expect(BaseClient.getClass('identity', 'v3', map)).toBe('three');
  });

  it('names the known versions for an unknown one', () => {
    const error = (() => { try { getClass('compute', '4', map); } catch (e) { return e; } })() as UnsupportedVersion;
    expect(error).toBeInstanceOf(UnsupportedVersion);
    expect(error.message).toBe('Unsupported compute API version "4"; known versions: 2, 2.1, 3');
    expect(error.known).toEqual(['2', '2.1', '3']);
  });

  it('rejects what is not a version with a typed error', () => {
    expect(() => normalizeVersion('latest-ish')).toThrow(UnsupportedVersion);
  });
});
