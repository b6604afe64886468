import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InvalidArgument } from '../../lib/errors/framework-errors.js';
import { HTTPClient } from '../../lib/session/http-client.js';
import { StaticToken } from '../../plugins/static-token.js';
import { expectNoSecretInInspect, FAULT_TOKEN } from '../helpers/fault-session.js';

function construct(options: ConstructorParameters<typeof HTTPClient>[0]): unknown {
  try {
    new HTTPClient({ authPlugin: new StaticToken({ token: FAULT_TOKEN, endpoint: 'https://127.0.0.1:1' }), ...options });
    return undefined;
  } catch (error) {
    return error;
  }
}

describe('TLS options that cannot work', () => {
  for (const word of ['false', 'true', 'no', '0', '']) {
    it(`verify: ${JSON.stringify(word)} is an InvalidArgument at construction, naming the option`, () => {
      const error = construct({ verify: word }) as InvalidArgument;
      expect(error).toBeInstanceOf(InvalidArgument);
      expect(error.argument).toBe('verify');
      expect(error.message).toContain(`verify is the string ${JSON.stringify(word)}`);
      expectNoSecretInInspect(error);
    });
  }

  it('a CA bundle path that does not exist is an InvalidArgument naming the option and the path', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'stackclient-ca-')), 'missing-ca.pem');
    const error = construct({ verify: path }) as InvalidArgument;
    expect(error).toBeInstanceOf(InvalidArgument);
    expect(error.message).toBe(`verify: the CA bundle file ${JSON.stringify(path)} does not exist; check the path`);
    expectNoSecretInInspect(error);
  });

  it('a client certificate path that is a directory is an InvalidArgument naming cert', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stackclient-cert-'));
    const error = construct({ cert: dir }) as InvalidArgument;
    expect(error).toBeInstanceOf(InvalidArgument);
    expect(error.argument).toBe('cert');
    expect(error.message).toContain('is a directory');
  });
});
