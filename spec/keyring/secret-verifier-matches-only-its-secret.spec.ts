import { describe, expect, it } from 'vitest';
import { createVerifier, isSecretVerifier, verifySecret, VERIFIER_COST } from '../../lib/keyring/secret-verifier.js';

describe('the scrypt secret verifier', () => {
  it('matches the secret it was made from, and no other; two verifiers of one secret differ by salt', async () => {
    const v = await createVerifier('p@ssw0rd-é');
    expect(v).toMatchObject({ alg: 'scrypt', ...VERIFIER_COST });
    expect(JSON.stringify(v)).not.toContain('p@ssw0rd');
    expect(await verifySecret(v, 'p@ssw0rd-é')).toBe(true);
    for (const other of ['p@ssw0rd-e\u0301', 'p@ssw0rd-', 'P@ssw0rd-é', '']) expect(await verifySecret(v, other)).toBe(false);
    const w = await createVerifier('p@ssw0rd-é');
    expect(w.salt).not.toBe(v.salt);
    expect(w.hash).not.toBe(v.hash);
  });

  it('refuses a verifier that is missing, malformed, too cheap or too costly to check, without hashing', async () => {
    const v = await createVerifier('s3cret');
    const bad: unknown[] = [
      undefined, null, 'x', { ...v, alg: 'sha256' }, { ...v, N: 1024 }, { ...v, N: 2 ** 22 }, { ...v, N: 3 * 2 ** 14 },
      { ...v, r: 64 }, { ...v, p: 100 }, { ...v, salt: '' }, { ...v, hash: Buffer.alloc(8).toString('base64') },
    ];
    for (const b of bad) {
      expect(isSecretVerifier(b)).toBe(false);
      expect(await verifySecret(b, 's3cret')).toBe(false);
    }
  });
});
