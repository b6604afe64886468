import { expect, it } from 'vitest';
import { describeReal } from '../../real/helpers/real-keystone.js';
import { compareLifecycle, hasOsc, parityFixture, uniqueName } from './parity.js';

describeReal('domain and project create / set / show / delete give what openstack gives', () => {
  const { home, made } = parityFixture();

  it.skipIf(!hasOsc)('domain: create --description, set --description --disable, show, delete', async () => {
    const names: [string, string] = [uniqueName('domain'), uniqueName('domain')];
    for (const n of names) made.push(['domain', 'set', n, '--disable'], ['domain', 'delete', n]);
    await compareLifecycle(home.dir, {
      create: (n) => ['domain', 'create', n, '--description', 'made by a parity spec'],
      set: (n) => ['domain', 'set', n, '--description', 'changed', '--disable'],
      show: (n) => ['domain', 'show', n],
      delete: (n) => ['domain', 'delete', n],
      volatile: ['id'],
    }, names, (a, b) => expect(a).toEqual(b));
  }, 120_000);

  it.skipIf(!hasOsc)('project: create --domain --description --disable, set --description --enable, show, delete', async () => {
    const names: [string, string] = [uniqueName('project'), uniqueName('project')];
    for (const n of names) made.push(['project', 'delete', n]);
    await compareLifecycle(home.dir, {
      create: (n) => ['project', 'create', n, '--domain', 'default', '--description', 'made by a parity spec', '--disable'],
      set: (n) => ['project', 'set', n, '--description', 'changed', '--enable'],
      show: (n) => ['project', 'show', n],
      delete: (n) => ['project', 'delete', n],
      volatile: ['id'],
    }, names, (a, b) => expect(a).toEqual(b));
  }, 120_000);
});
