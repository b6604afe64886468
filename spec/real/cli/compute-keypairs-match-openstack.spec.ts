import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureBuilt, tempHome } from '../../cli/helpers/cli.js';
import { expectSameJson, parityEnabled, runOpenstack, runOurs, uniqueName, without } from './parity-helpers.js';

const PEM = /^-----BEGIN [A-Z ]*PRIVATE KEY-----\n[\s\S]+-----END [A-Z ]*PRIVATE KEY-----\n\n$/;

describe.skipIf(!parityEnabled())('keypair list/create/show/delete -f json equal openstack\'s on the real Nova', () => {
  const home = tempHome();
  const names = { ours: uniqueName('key-a'), theirs: uniqueName('key-b'), oursGen: uniqueName('key-c'), theirsGen: uniqueName('key-d') };
  afterAll(async () => {
    await runOpenstack(['keypair', 'delete', ...Object.values(names)], home.dir);
    home.cleanup();
  });

  it('create --public-key prints the same record but for id and name; show, show --public-key and list are equal', async () => {
    await ensureBuilt();
    const keyFile = join(home.dir, 'parity');
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', keyFile]);
    const a = await runOurs(['keypair', 'create', names.ours, '--public-key', `${keyFile}.pub`, '-f', 'json'], home.dir);
    const b = await runOpenstack(['keypair', 'create', names.theirs, '--public-key', `${keyFile}.pub`, '-f', 'json'], home.dir);
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    expect(without(JSON.parse(a.stdout), ['id', 'name'])).toEqual(without(JSON.parse(b.stdout), ['id', 'name']));

    await expectSameJson(['keypair', 'show', names.ours], home.dir);
    await expectSameJson(['keypair', 'show', names.theirs], home.dir);
    const [pa, pb] = [await runOurs(['keypair', 'show', names.ours, '--public-key'], home.dir),
      await runOpenstack(['keypair', 'show', names.ours, '--public-key'], home.dir)];
    expect(pa.stdout).toBe(pb.stdout);
    await expectSameJson(['keypair', 'list'], home.dir);
  }, 240_000);

  it('create without a key prints a generated private key (and an empty line) as openstack does; delete removes keys', async () => {
    const [a, b] = [await runOurs(['keypair', 'create', names.oursGen], home.dir), await runOpenstack(['keypair', 'create', names.theirsGen], home.dir)];
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    expect(a.stdout).toMatch(PEM);
    expect(b.stdout).toMatch(PEM);
    await expectSameJson(['keypair', 'show', names.oursGen], home.dir);

    const [da, db] = [await runOurs(['keypair', 'delete', names.ours, names.oursGen], home.dir),
      await runOpenstack(['keypair', 'delete', names.theirs, names.theirsGen], home.dir)];
    expect([da.code, da.stdout]).toEqual([db.code, db.stdout]);
    expect(da.code, da.stderr).toBe(0);
    const [ga, gb] = [await runOurs(['keypair', 'show', names.ours], home.dir), await runOpenstack(['keypair', 'show', names.theirs], home.dir)];
    expect([ga.code, gb.code]).toEqual([1, 1]);
  }, 240_000);
});
