import { inspect } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveCloudConfig } from '../../lib/config/index.js';
import { ConfigError } from '../../lib/errors/index.js';
import { configSandbox, type ConfigSandbox } from './helpers.js';

describe('token_store / OS_TOKEN_STORE takes a Redis URL only', () => {
  let box: ConfigSandbox;
  beforeEach(() => { box = configSandbox(); });
  afterEach(() => box.cleanup());

  it('a token store that is not a Redis URL is a ConfigError naming the variable, without echoing the value', async () => {
    const value = 'redis:/host-with-a-typo?password=s3cret-in-url';
    const options = box.options({ OS_TOKEN_STORE: value, OS_AUTH_URL: 'http://127.0.0.1:5000/v3', OS_TOKEN: 'abc' });
    const error = await resolveCloudConfig(options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toContain('OS_TOKEN_STORE');
    expect((error as Error).message).toContain('redis://host:port/db');
    expect(inspect(error, { depth: Infinity })).not.toContain('s3cret-in-url');
  });
});
