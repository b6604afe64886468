import { expect, it } from 'vitest';
import { BaseClient } from '../../lib/base-client.js';
import { BadRequest } from '../../lib/errors/index.js';
import { cloudSession, describeRealCloud, rejection, uniqueName } from './helpers/real-cloud.js';

class Keystone extends BaseClient {
  static override readonly serviceType = 'identity';
  static override readonly attributeName = 'keystone';
}

describeRealCloud('real Nova: quota sets', () => {
  it("reads, details, updates and resets a project's quotas, against the defaults", async () => {
    const { http, compute, close } = cloudSession();
    // a project of this spec's own: the shared cloud's projects keep their quotas
    const keystone = new Keystone(http);
    const project = (await keystone.post('/projects', { json: { project: { name: uniqueName('quota'), domain_id: 'default' } } })).body.project;
    try {
      const defaults = await compute.quotaSets.defaults(project.id);
      expect(defaults).toMatchObject({ id: project.id, instances: 10, cores: 20, ram: 51200, key_pairs: 100 });
      const quotas = await compute.quotaSets.get(project.id);
      expect(quotas.toJSON()).toEqual(defaults.toJSON());

      const updated = await compute.quotaSets.update(project.id, { instances: 3, cores: 7 });
      expect(updated).toMatchObject({ instances: 3, cores: 7, ram: 51200 });
      expect(updated.id).toBeUndefined();
      const detail = await compute.quotaSets.get(project.id, { detail: true });
      expect(detail.instances).toEqual({ limit: 3, in_use: 0, reserved: 0 });

      const refused = await rejection(compute.quotaSets.update(project.id, { instances: 'many' as unknown as number }));
      expect(refused.name).toBe('InvalidArgument');
      const bad = await rejection(compute.quotaSets.update(project.id, { no_such_quota: 1 }));
      expect(bad).toBeInstanceOf(BadRequest);
      expect((bad as BadRequest).serverMessage).toMatch(/Additional properties are not allowed \('no_such_quota' was unexpected\)/);

      await compute.quotaSets.delete(project.id);
      expect((await compute.quotaSets.get(project.id)).instances).toBe(10);
    } finally {
      await keystone.delete(`/projects/${project.id}`);
      close();
    }
  });
});
