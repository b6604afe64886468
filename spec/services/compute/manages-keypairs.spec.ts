import { afterEach, describe, expect, it } from 'vitest';
import { BadRequest, Conflict, NotFound } from '../../../lib/errors/index.js';
import { Keypair } from '../../../lib/services/compute/index.js';
import { novaSession, rejection, type NovaSession } from './helpers.js';

const PUBLIC_KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHq2pB0YtTQw3e6Yp5uN0r1b9JdXwA2sM1bXb7f0kYzJ me@example';

describe('compute keypairs', () => {
  let s: NovaSession;
  afterEach(() => s.close());

  it('imports, generates, lists, gets and deletes keypairs', async () => {
    s = await novaSession({}, { microversion: '2.10' });
    const imported = await s.compute.keypairs.create({ name: 'laptop', publicKey: PUBLIC_KEY });
    expect(imported).toBeInstanceOf(Keypair);
    expect(imported).toMatchObject({ name: 'laptop', public_key: PUBLIC_KEY, type: 'ssh' });
    expect(imported.fingerprint).toMatch(/^([0-9a-f]{2}:){15}[0-9a-f]{2}$/);
    expect(imported.private_key).toBeUndefined();
    expect(imported.getId()).toBe('laptop');

    const generated = await s.compute.keypairs.create({ name: 'gen' });
    expect(generated.private_key).toContain('BEGIN PRIVATE KEY');
    expect(generated.public_key).toMatch(/^ssh-ed25519 /);

    const all = await s.compute.keypairs.list();
    expect(all.map((k) => k.name)).toEqual(['laptop', 'gen']);
    expect(all[0]!.private_key).toBeUndefined();
    const got = await s.compute.keypairs.get('laptop');
    expect(got).toMatchObject({ name: 'laptop', fingerprint: imported.fingerprint, user_id: s.cloud.credentials.userId });
    expect((await s.compute.keypairs.findByNameOrId('gen')).name).toBe('gen');

    expect(await rejection(s.compute.keypairs.create({ name: 'laptop', publicKey: PUBLIC_KEY }))).toBeInstanceOf(Conflict);
    await got.delete();
    const err = await rejection(s.compute.keypairs.get('laptop'));
    expect(err).toBeInstanceOf(NotFound);
    expect((err as NotFound).serverMessage).toBe(`Keypair laptop not found for user ${s.cloud.credentials.userId}`);
  });

  it('pages keypairs from 2.35, and from 2.92 refuses to generate one', async () => {
    s = await novaSession({ pageSize: 2 }, { microversion: '2.92' });
    for (const name of ['a', 'b', 'c']) await s.compute.keypairs.create({ name, publicKey: PUBLIC_KEY });
    const names: string[] = [];
    for await (const k of s.compute.keypairs.iterate()) names.push(k.name);
    expect(names).toEqual(['a', 'b', 'c']);
    expect(s.cloud.count('GET', '/compute/v2.1/os-keypairs')).toBe(2);
    const err = await rejection(s.compute.keypairs.create({ name: 'nokey' }));
    expect(err).toBeInstanceOf(BadRequest);
    expect((err as BadRequest).serverMessage).toContain("'public_key' is a required property");
  });
});
