import { expect, it } from 'vitest';
import { adminPassword, describeReal, realSession } from './helpers/real-keystone.js';

describeReal('real Keystone: auth state export / import', () => {
  it('a second session adopts the exported state and calls Keystone with zero authentications', async () => {
    const first = adminPassword();
    const a = realSession(first);
    await a.keystone.get('/projects');
    const json = JSON.stringify(first.exportState());

    const second = adminPassword();
    expect(second.importState(JSON.parse(json))).toBe(true);
    const b = realSession(second);
    expect((await b.keystone.get('/projects')).status).toBe(200);
    expect(b.authCount()).toBe(0);
    expect(second.getToken()).toBe(first.getToken());
    expect(second.getEndpoint({ serviceType: 'compute', regionName: 'RegionTwo' })).toBe(first.getEndpoint({ serviceType: 'compute', regionName: 'RegionTwo' }));

    // Another scope never adopts it.
    expect(adminPassword({ projectName: 'demo' }).importState(JSON.parse(json))).toBe(false);
    a.http.close();
    b.http.close();
  });
});
