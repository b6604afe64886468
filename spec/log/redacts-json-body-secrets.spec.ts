import { describe, expect, it } from 'vitest';
import { redactBody, redactJsonValue } from '../../lib/log/redact.js';

const SECRETS = ['pw-Admin!1', 'adminPass-XYZ', 'appcred-secret-1', 'v2-token-id-777', 'ec2-blob-{"secret":"s"}', 'access-secret-2', 'totp-123456', 'oidc-client-secret', 'ssh-private-key-body', 'barbican-payload'];

const v3Password = {
  auth: {
    identity: { methods: ['password', 'totp'], password: { user: { name: 'admin', domain: { name: 'Default' }, password: SECRETS[0] } },
      totp: { user: { id: 'u1', passcode: SECRETS[6] } } },
    scope: { project: { name: 'admin', domain: { name: 'Default' } } },
  },
};

describe('secrets inside JSON bodies become ***', () => {
  it('replaces every kind of secret and keeps everything else', () => {
    const body = {
      ...v3Password,
      server: { name: 'web', adminPass: SECRETS[1], flavorRef: '1' },
      application_credential: { id: 'ac-id', secret: SECRETS[2] },
      access: { token: { id: SECRETS[3], expires: '2026-11-22T18:52:45Z', tenant: { id: 'tenant-1' } }, user: { id: 'user-1' } },
      credential: { blob: SECRETS[4], type: 'ec2', user_id: 'user-1' },
      ec2: { access_secret: SECRETS[5] },
      keypair: { name: 'k', private_key: SECRETS[8], public_key: 'ssh-rsa AAAA' },
      user: { name: 'demo', password_expires_at: '2027-01-01T00:00:00Z' },
      secret: { name: 'db', payload: SECRETS[9], payload_content_type: 'text/plain' },
    };
    const out = redactJsonValue(body) as typeof body;
    const text = JSON.stringify(out);
    for (const s of SECRETS) expect(text).not.toContain(s);
    expect(out.auth.identity.methods).toEqual(['password', 'totp']);
    expect(out.auth.identity.password.user).toEqual({ name: 'admin', domain: { name: 'Default' }, password: '***' });
    expect(out.access.token).toEqual({ id: '***', expires: '2026-11-22T18:52:45Z', tenant: { id: 'tenant-1' } });
    expect(out.application_credential).toEqual({ id: 'ac-id', secret: '***' });
    expect(out.credential).toEqual({ blob: '***', type: 'ec2', user_id: 'user-1' });
    expect(out.keypair.public_key).toBe('ssh-rsa AAAA');
    expect(out.user.password_expires_at).toBe('2027-01-01T00:00:00Z');
    expect(out.secret).toEqual({ name: 'db', payload: '***', payload_content_type: 'text/plain' });
    // A deep copy: the caller's object is untouched.
    expect(body.server.adminPass).toBe(SECRETS[1]);
  });

  it('shortens a token catalog only when asked', () => {
    const token = { token: { methods: ['password'], catalog: [{ type: 'identity', endpoints: [] }, { type: 'compute', endpoints: [] }] } };
    expect((redactJsonValue(token, { shortenCatalog: true }) as { token: { catalog: string } }).token.catalog)
      .toBe('<2 services: identity, compute>');
    expect(redactJsonValue(token)).toEqual(token);
    const v2 = { access: { serviceCatalog: [{ type: 'image' }] } };
    expect(redactJsonValue(v2, { shortenCatalog: true })).toEqual({ access: { serviceCatalog: '<1 services: image>' } });
  });

  it('redactBody keeps a secret-free body byte for byte and re-encodes one with secrets', () => {
    const plain = '{ "server" : {"name": "web", "id": 12345678901234567890} }';
    expect(redactBody(plain, 'application/json')).toBe(plain);
    const withSecret = JSON.stringify(v3Password, null, 2);
    const out = redactBody(Buffer.from(withSecret), 'application/json; charset=utf-8') ?? '';
    expect(out).not.toContain(SECRETS[0]);
    expect(JSON.parse(out)).toEqual(redactJsonValue(v3Password));
  });

  it('redactBody masks JSON that does not parse, form fields, and leaves other text alone', () => {
    const cut = `{"auth": {"password": {"user": {"password": "${SECRETS[0]}"}}, "x": "y`;
    expect(redactBody(cut, 'application/json')).not.toContain(SECRETS[0]);
    const cutInsideSecret = `{"user": {"password": "${SECRETS[0]}`;
    expect(redactBody(cutInsideSecret)).not.toContain(SECRETS[0]);
    const form = `grant_type=password&username=demo&password=${encodeURIComponent(SECRETS[0]!)}&client_secret=${SECRETS[7]}&scope=openid`;
    expect(redactBody(form, 'application/x-www-form-urlencoded')).toBe('grant_type=password&username=demo&password=***&client_secret=***&scope=openid');
    expect(redactBody('just text: password is not a key here', 'text/plain')).toBe('just text: password is not a key here');
    expect(redactBody(undefined)).toBeUndefined();
  });
});
