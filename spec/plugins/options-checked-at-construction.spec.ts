import { describe, expect, it } from 'vitest';
import { AuthPluginOptionsMissing, ConfigError } from '../../lib/errors/framework-errors.js';
import {
  Password, Token, V2Password, V2Token, V3ApplicationCredential, V3Password, V3Token,
} from '../../plugins/keystone/index.js';
import { AkSk } from '../../plugins/signing/aksk.js';

function missing(fn: () => unknown): { plugin: string; missing: string[]; message: string } {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(AuthPluginOptionsMissing);
    return err as AuthPluginOptionsMissing;
  }
  throw new Error('the constructor accepted incomplete options');
}

const url = 'http://127.0.0.1:5000/v3';

describe('plugin options are checked in the constructor', () => {
  it('names the plugin and every missing option at once', () => {
    const e = missing(() => new V3Password({} as never));
    expect(e.plugin).toBe('v3password');
    expect(e.missing).toEqual(['authUrl', 'password', 'userId or username']);
    expect(e.message).toMatch(/^Auth plugin v3password is missing options: authUrl, password, userId or username/);
  });

  it('asks for the domain of a user or project given by name', () => {
    expect(missing(() => new V3Password({ authUrl: url, username: 'u', password: 'p', projectName: 'x' })).missing)
      .toEqual(['userDomainId or userDomainName', 'projectDomainId or projectDomainName']);
  });

  it('covers every Keystone plugin and the signing plugin', () => {
    expect(missing(() => new V3Token({ authUrl: url } as never)).missing).toEqual(['token']);
    expect(missing(() => new V3ApplicationCredential({ authUrl: url } as never)).missing)
      .toEqual(['applicationCredentialSecret', 'applicationCredentialId or applicationCredentialName']);
    expect(missing(() => new V3ApplicationCredential({ authUrl: url, applicationCredentialName: 'n', applicationCredentialSecret: 's' })).missing)
      .toEqual(['userId or username']);
    expect(missing(() => new V2Password({ authUrl: url.replace('v3', 'v2.0') } as never)).missing).toEqual(['password', 'userId or username']);
    expect(missing(() => new V2Token({} as never)).missing).toEqual(['authUrl', 'token']);
    expect(missing(() => new Password({ authUrl: url } as never)).plugin).toBe('password');
    expect(missing(() => new Token({ authUrl: url } as never)).missing).toEqual(['token']);
    expect(missing(() => new AkSk({ accessKey: 'a' } as never)).missing).toEqual(['secretKey', 'endpoints']);
  });

  it('refuses two scopes, a non-http auth URL and a URL of the other identity version with a ConfigError', () => {
    const base = { authUrl: url, userId: 'u', password: 'p' };
    expect(() => new V3Password({ ...base, projectId: 'p', domainId: 'd' })).toThrow(ConfigError);
    expect(() => new V3Password({ ...base, projectId: 'p', domainId: 'd' })).toThrow(/several scopes \(project, domain\)/);
    expect(() => new V3Password({ ...base, authUrl: 'ftp://x/v3' })).toThrow(/not an http\(s\) URL/);
    expect(() => new V3Password({ ...base, authUrl: 'not a url' })).toThrow(ConfigError);
    expect(() => new V3Password({ ...base, authUrl: 'http://k:5000/v2.0' })).toThrow(/speaks identity v3/);
    expect(() => new V2Password({ ...base, authUrl: 'http://k:5000/v3' })).toThrow(/speaks identity v2\.0/);
    expect(() => new V3Password({ ...base, expiryMargin: -1 })).toThrow(/expiryMargin/);
  });

  it('never puts a password or secret in the error message', () => {
    const secret = 'hunter2-very-secret';
    for (const fn of [
      () => new V3Password({ authUrl: url, username: 'u', password: secret, projectName: 'x' } as never),
      () => new V3ApplicationCredential({ authUrl: url, applicationCredentialSecret: secret } as never),
      () => new V3Password({ authUrl: url, userId: 'u', password: secret, projectId: 'a', systemScope: 'all' }),
    ]) {
      let message = '';
      try { fn(); } catch (err) { message = (err as Error).message; }
      expect(message).not.toBe('');
      expect(message).not.toContain(secret);
    }
  });
});
