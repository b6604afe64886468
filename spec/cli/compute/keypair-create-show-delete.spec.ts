import { statSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useComputeCli } from './helpers.js';

const PUBLIC_KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHN0YWNrY2xpZW50IGNsaSBjb21wdXRlIHNwZWMga2V5IQ spec@stackclient';

describe('keypair create/show/delete, as a process, on the fake cloud', () => {
  const cli = useComputeCli();

  it('create --public-key FILE imports the key and prints the keypair, public and private key hidden', async () => {
    const file = join(cli.suite.home.dir, 'id.pub');
    writeFileSync(file, PUBLIC_KEY);
    const created = await cli.json('keypair', 'create', 'imported', '--public-key', file);
    expect(Object.keys(created)).toEqual(['created_at', 'fingerprint', 'id', 'is_deleted', 'name', 'type', 'user_id']);
    expect(created).toMatchObject({ id: 'imported', name: 'imported', type: 'ssh' });

    const shown = await cli.json('keypair', 'show', 'imported');
    expect(Object.keys(shown)).toEqual(['created_at', 'fingerprint', 'id', 'is_deleted', 'name', 'private_key', 'type', 'user_id']);
    expect(shown).toMatchObject({ fingerprint: created.fingerprint, is_deleted: false, private_key: null });
    const bare = await cli.run('keypair', 'show', 'imported', '--public-key');
    expect(bare.stdout).toBe(`${PUBLIC_KEY}\n`);
  });

  it('create without a key prints the private key Nova generated, and nothing else', async () => {
    const r = await cli.run('keypair', 'create', 'generated');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^-----BEGIN (RSA |OPENSSH )?PRIVATE KEY-----\n[\s\S]+-----END (RSA |OPENSSH )?PRIVATE KEY-----\n?\n$/);
    const rows = await cli.json<Record<string, unknown>[]>('keypair', 'list');
    expect(rows.map((k) => k.Name)).toContain('generated');
  });

  it('create --private-key FILE saves the generated key readable by its owner only and prints the keypair', async () => {
    const file = join(cli.suite.home.dir, 'saved.pem');
    const created = await cli.json('keypair', 'create', 'saved', '--private-key', file);
    expect(created.name).toBe('saved');
    expect(readFileSync(file, 'utf8')).toContain('PRIVATE KEY-----');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.stringify(created)).not.toContain('PRIVATE KEY');
  });

  it('delete removes the named keys; a missing one is reported and the command exits 1', async () => {
    const ok = await cli.run('keypair', 'delete', 'imported', 'generated');
    expect(ok.code, ok.stderr).toBe(0);
    const rows = await cli.json<Record<string, unknown>[]>('keypair', 'list');
    expect(rows.map((k) => k.Name)).toEqual(['saved']);
    const r = await cli.run('keypair', 'delete', 'saved', 'imported');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('1 of 2 keys failed to delete.');
    const show = await cli.run('keypair', 'show', 'imported');
    expect(show.code).toBe(1);
    expect(show.stderr.trim()).toBe("No keypair with a name or ID of 'imported' exists.");
  });

  it('a public key file that cannot be read is named in the error, exit 1', async () => {
    const r = await cli.run('keypair', 'create', 'nofile', '--public-key', join(cli.suite.home.dir, 'absent.pub'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^Key file .*absent\.pub not found: /);
  });
});
