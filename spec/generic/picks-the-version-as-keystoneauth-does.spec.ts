import { describe, expect, it } from 'vitest';
import { pickVersion, versionInPath, versionsOf } from '../../lib/generic/version-document.js';

const DOC = 'http://127.0.0.1:8776/';
const entry = (id: string, status: string, href?: string, extra: Record<string, unknown> = {}) =>
  ({ id, status, ...(href ? { links: [{ rel: 'self', href }] } : {}), ...extra });

describe('version discovery', () => {
  it('reads the shapes services answer with: a list, Keystone\'s values, a single version; relative self links resolve', () => {
    expect(versionsOf({ versions: [entry('v3.0', 'CURRENT', 'v3/', { min_version: '3.0', version: '3.70' })] }, DOC))
      .toEqual([{ id: 'v3.0', version: '3.0', status: 'CURRENT', url: 'http://127.0.0.1:8776/v3', minMicroversion: '3.0', maxMicroversion: '3.70' }]);
    expect(versionsOf({ versions: { values: [entry('v3.14', 'stable', 'http://k:5000/v3/')] } }, DOC)?.[0]).toMatchObject({ version: '3.14', url: 'http://k:5000/v3' });
    expect(versionsOf({ version: entry('v2.1', 'CURRENT', 'http://n/v2.1/') }, DOC)?.[0]).toMatchObject({ version: '2.1', url: 'http://n/v2.1' });
    expect(versionsOf({ servers: [] }, DOC)).toBeUndefined();
    expect(versionsOf('<html>', DOC)).toBeUndefined();
  });

  it('picks the highest version of the major asked for, at least its minor, and a deprecated one only when alone', () => {
    const versions = versionsOf({ versions: [
      entry('v2.0', 'SUPPORTED', 'http://g/v2/'), entry('v2.15', 'CURRENT', 'http://g/v2/'), entry('v2.16', 'DEPRECATED', 'http://g/v2/'),
      entry('v1.1', 'DEPRECATED', 'http://g/v1/'), entry('v3.0', 'EXPERIMENTAL'),
    ] }, DOC)!;
    expect(pickVersion(versions, '2')?.id).toBe('v2.15');
    expect(pickVersion(versions, '2.16')?.id).toBe('v2.16');
    expect(pickVersion(versions, 'v1')?.id).toBe('v1.1');
    expect(pickVersion(versions, '2.20')).toBeUndefined();
    expect(pickVersion(versions, '3')).toBeUndefined(); // no self link: nowhere to send requests
  });

  it('takes an endpoint that already names the major version as it is', () => {
    expect(versionInPath('http://n:8774/v2.1/abc', '2')).toBe('2.1');
    expect(versionInPath('http://t:8779/v1.0/p', 'v1')).toBe('1.0');
    expect(versionInPath('http://g:9292', '2')).toBeUndefined();
    expect(versionInPath('http://k:5000/v3', '2')).toBeUndefined();
  });
});
