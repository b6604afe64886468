import { inspect } from 'node:util';
import { expect, it } from 'vitest';
import { NotAcceptable, UnsupportedVersion } from '../../lib/errors/index.js';
import { cloudSession, describeRealCloud, realCloud, rejection } from './helpers/real-cloud.js';

describeRealCloud('real Nova: a microversion above 2.93', () => {
  it('is refused with UnsupportedVersion naming the range the version document announces', async () => {
    const { compute, close } = cloudSession({ microversion: '2.95' });
    try {
      const err = await rejection(compute.flavors.list());
      expect(err).toBeInstanceOf(UnsupportedVersion);
      expect(err.message).toBe("The server does not support compute microversion 2.95: it supports 2.1 to 2.93; pick one in that range or 'latest'");
      expect((err as UnsupportedVersion).known).toEqual(['2.1', '2.93']);
      // Nova's own 406 stays the cause, with its words
      expect(err.cause).toBeInstanceOf(NotAcceptable);
      expect((err.cause as NotAcceptable).serverMessage).toBe('Version 2.95 is not supported by the API. Minimum is 2.1 and maximum is 2.93.');
      expect(inspect(err, { depth: Infinity })).not.toContain(realCloud()!.admin.password);

      const negotiated = await rejection(compute.negotiateMicroversion());
      expect(negotiated).toBeInstanceOf(UnsupportedVersion);
      expect(negotiated.message).toContain('it supports 2.1 to 2.93');
    } finally {
      close();
    }
  });
});
