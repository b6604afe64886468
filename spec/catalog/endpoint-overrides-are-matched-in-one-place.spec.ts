import { describe, expect, it } from 'vitest';
import { endpointOverride } from '../../lib/session/endpoint-resolver.js';

describe('endpoint overrides, matched in one place (lib/session/endpoint-resolver.ts)', () => {
  it('one URL serves every service type, templates filled and trailing slashes trimmed', () => {
    expect(endpointOverride('http://127.0.0.1:9999/v2.1/', 'compute')).toBe('http://127.0.0.1:9999/v2.1');
    expect(endpointOverride('http://t/v1.0/%(tenant_id)s', 'database', 'p9')).toBe('http://t/v1.0/p9');
  });

  it('per type: the requested type first, then types that match it as catalog types do', () => {
    const overrides = { compute: 'http://nova/v2.1', volumev3: 'http://cinder/v3', 'block-storage': 'http://bs/v3' };
    expect(endpointOverride(overrides, 'compute')).toBe('http://nova/v2.1');
    expect(endpointOverride(overrides, 'volumev3')).toBe('http://cinder/v3');
    expect(endpointOverride(overrides, 'block-storage')).toBe('http://bs/v3');
    expect(endpointOverride({ volumev3: 'http://cinder/v3' }, 'block-storage')).toBe('http://cinder/v3');
  });

  it('an alias does not take the override of another alias, and no override is undefined', () => {
    expect(endpointOverride({ volumev3: 'http://cinder/v3' }, 'volumev2')).toBeUndefined();
    expect(endpointOverride({ compute: 'http://nova' }, 'image')).toBeUndefined();
    expect(endpointOverride(undefined, 'compute')).toBeUndefined();
  });

  it('a template without a project id is a typed EndpointNotFound', () => {
    expect(() => endpointOverride('http://t/v1.0/$(project_id)s', 'database')).toThrow(/needs a project id/);
  });
});
