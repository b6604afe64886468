import { createHash, generateKeyPairSync } from 'node:crypto';

/** `ssh-ed25519 AAAA…` from a public key; ssh wire format is length-prefixed strings. */
function sshPublicKey(raw32: Buffer, comment: string): string {
  const str = (b: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(b.length);
    return Buffer.concat([len, b]);
  };
  const blob = Buffer.concat([str(Buffer.from('ssh-ed25519')), str(raw32)]);
  return `ssh-ed25519 ${blob.toString('base64')} ${comment}`;
}

/** Nova's fingerprint: md5 of the key blob as colon-separated hex. */
export function fingerprintOf(publicKey: string): string {
  const blob = Buffer.from(publicKey.trim().split(/\s+/)[1] ?? '', 'base64');
  return createHash('md5').update(blob).digest('hex').match(/../g)!.join(':');
}

/** A fresh keypair as Nova generates it before microversion 2.92 (an ed25519 key here: fast, and real). */
export function generateKeypair(): { publicKey: string; privateKey: string } {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const der = publicKey.export({ format: 'der', type: 'spki' });
  return {
    publicKey: sshPublicKey(der.subarray(der.length - 32), 'Generated-by-Nova'),
    privateKey: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
  };
}
