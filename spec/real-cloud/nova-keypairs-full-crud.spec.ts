import { generateKeyPairSync } from 'node:crypto';
import { expect, it } from 'vitest';
import { BadRequest, NotFound } from '../../lib/errors/index.js';
import { cloudSession, describeRealCloud, rejection, uniqueName } from './helpers/real-cloud.js';

/** An OpenSSH ed25519 public key line: `ssh-ed25519 <base64 of string(type) string(key)>`. */
function sshPublicKey(): string {
  const raw = generateKeyPairSync('ed25519').publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
  const field = (b: Buffer) => Buffer.concat([Buffer.from([0, 0, 0, b.length]), b]);
  return `ssh-ed25519 ${Buffer.concat([field(Buffer.from('ssh-ed25519')), field(raw)]).toString('base64')} real-cloud-spec`;
}

describeRealCloud('real Nova: keypairs', () => {
  it('imports, shows, lists and deletes a keypair; from 2.92 Nova no longer generates one', async () => {
    const { compute, close } = cloudSession();
    const name = uniqueName('key');
    const publicKey = sshPublicKey();
    const created = await compute.keypairs.create({ name, publicKey });
    try {
      expect(created).toMatchObject({ name, public_key: publicKey, type: 'ssh' });
      expect(created.fingerprint).toMatch(/^([0-9a-f]{2}:){15}[0-9a-f]{2}$/);
      const shown = await compute.keypairs.get(name);
      expect(shown).toMatchObject({ name, public_key: publicKey, fingerprint: created.fingerprint, type: 'ssh' });
      expect(shown.user_id).toMatch(/^[0-9a-f]{32}$/);
      expect((await compute.keypairs.list()).map((k) => k.name)).toContain(name);

      const generated = await rejection(compute.keypairs.create({ name: uniqueName('gen') }));
      expect(generated).toBeInstanceOf(BadRequest);
      expect((generated as BadRequest).serverMessage).toMatch(/'public_key' is a required property$/);
    } finally {
      await compute.keypairs.delete(name);
    }
    const gone = await rejection(compute.keypairs.get(name));
    expect(gone).toBeInstanceOf(NotFound);
    expect((gone as NotFound).serverMessage).toMatch(new RegExp(`^Keypair ${name} not found for user [0-9a-f]{32}$`));
    close();
  });
});
