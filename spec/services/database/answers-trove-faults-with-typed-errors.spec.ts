import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BadRequest, Conflict, Forbidden, NotFound, UnprocessableEntity } from '../../../lib/errors/index.js';
import { DatabaseV1Client } from '../../../lib/services/database/index.js';
import { troveSession, type TroveSession } from './helpers.js';

describe('database faults become typed errors with Trove’s message', () => {
  let s: TroveSession;
  beforeEach(async () => {
    s = await troveSession();
  });
  afterEach(() => s.close());

  it('404 itemNotFound for an unknown instance', async () => {
    const err = await s.db.instances.get('no-such-instance').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NotFound);
    expect((err as NotFound).serverMessage).toBe('Resource no-such-instance cannot be found.');
  });

  it('422 unprocessableEntity for an action while the instance builds', async () => {
    const inst = await s.db.instances.create({ name: 'busy', flavor: '1', volume: { size: 1 } });
    const err = await inst.restart().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnprocessableEntity);
    // The real Trove 18 answers this for an instance in BUILD (checked against the real API).
    expect((err as UnprocessableEntity).serverMessage).toBe(`Instance ${inst.id} is not ready.`);
  });

  it('400 badRequest for a volume that does not grow', async () => {
    const inst = await s.activeInstance('shrink');
    const err = await inst.resizeVolume(1).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BadRequest);
    expect((err as BadRequest).serverMessage).toMatch(/must be larger than the current volume size of '2'/);
  });

  it('409 conflict when restoring from a backup that is not complete', async () => {
    const inst = await s.activeInstance('source');
    const backup = await s.db.backups.create({ name: 'nightly', instance: inst });
    const err = await s.db.instances
      .create({ name: 'restored', flavor: '2', volume: { size: 2 }, restoreFrom: backup.id })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Conflict);
    expect((err as Conflict).serverMessage).toMatch(/backup .* is not completed\. Actual state: (NEW|BUILDING)/);
  });

  it('403 forbidden for another project in the URL', async () => {
    const other = new DatabaseV1Client(s.http, { endpointOverride: `${s.cloud.url}/database/v1.0/other-project` });
    const err = await other.instances.list().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Forbidden);
    expect((err as Forbidden).serverMessage).toMatch(/cannot access this resource/);
  });

  it('404 for an unknown flavor at create, naming it', async () => {
    const err = await s.db.instances.create({ name: 'x', flavor: '999', volume: { size: 1 } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NotFound);
    expect((err as NotFound).serverMessage).toBe('Resource 999 cannot be found.');
  });
});
