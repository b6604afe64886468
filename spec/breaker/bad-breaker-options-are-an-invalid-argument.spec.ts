import { describe, expect, it } from 'vitest';
import { HTTPClient } from '../../lib/session/http-client.js';
import { InvalidArgument } from '../../lib/errors/framework-errors.js';

describe('circuitBreaker and backupEndpoints options', () => {
  it('that cannot work are refused when the session is built, naming the option', () => {
    const cases: [ConstructorParameters<typeof HTTPClient>[0], string][] = [
      [{ circuitBreaker: { maxFailures: 0 } }, 'circuitBreaker.maxFailures'],
      [{ circuitBreaker: { openMs: Number.NaN } }, 'circuitBreaker.openMs'],
      [{ circuitBreaker: { failureRatio: 1.5 } }, 'circuitBreaker.failureRatio'],
      [{ circuitBreaker: {}, backupEndpoints: { compute: 'nova-backup:8774' } }, 'backupEndpoints.compute'],
      [{ circuitBreaker: {}, backupEndpoints: { compute: { region: '' } } }, 'backupEndpoints.compute'],
    ];
    for (const [options, argument] of cases) {
      let error: unknown;
      try { new HTTPClient(options); } catch (e) { error = e; }
      expect(error).toBeInstanceOf(InvalidArgument);
      expect((error as InvalidArgument).argument).toBe(argument);
      expect((error as Error).message).toContain(argument);
    }
  });

  it('pass with false, or with sound values', () => {
    expect(() => new HTTPClient({ circuitBreaker: false, backupEndpoints: { compute: 'nonsense' } })).not.toThrow();
    expect(() => new HTTPClient({ circuitBreaker: { maxFailures: 3, failureRatio: 1 }, backupEndpoints: { compute: 'https://b.example/v2.1' } })).not.toThrow();
  });
});
