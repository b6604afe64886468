import { describe, expect, it } from 'vitest';
import { activeServer, useComputeCli } from './helpers.js';

describe('server set / unset, as a process, on the fake cloud', () => {
  const cli = useComputeCli();

  it('set --name and --property, then unset --property, show in server show', async () => {
    await activeServer(cli, 'before');
    const set = await cli.run('server', 'set', 'before', '--name', 'after', '--property', 'a=1', '--property', 'b=x=y');
    expect(set.code, set.stderr).toBe(0);
    expect(set.stdout).toBe('');
    const shown = await cli.json('server', 'show', 'after');
    expect(shown.properties).toEqual({ a: '1', b: 'x=y' });

    const unset = await cli.run('server', 'unset', 'after', '--property', 'a');
    expect(unset.code, unset.stderr).toBe(0);
    expect((await cli.json('server', 'show', 'after')).properties).toEqual({ b: 'x=y' });
  });

  it('--description with microversion 2.19 sets it; unset --description clears it to ""', async () => {
    await activeServer(cli, 'described');
    const mv = ['--os-compute-api-version', '2.19'];
    expect((await cli.run(...mv, 'server', 'set', 'described', '--description', 'the web tier')).code).toBe(0);
    expect((await cli.json(...mv, 'server', 'show', 'described')).description).toBe('the web tier');
    expect((await cli.run(...mv, 'server', 'unset', 'described', '--description')).code).toBe(0);
    expect((await cli.json(...mv, 'server', 'show', 'described')).description).toBe('');
  });

  it('--description at the default 2.1 is refused as osc refuses it', async () => {
    await activeServer(cli, 'plain');
    const set = await cli.run('server', 'set', 'plain', '--description', 'x');
    expect(set.code).toBe(1);
    expect(set.stderr.trim()).toBe('--os-compute-api-version 2.19 or greater is required to support the --description option');
    const unset = await cli.run('server', 'unset', 'plain', '--description');
    expect(unset.code).toBe(1);
    expect(unset.stderr.trim()).toBe('Description is not supported for --os-compute-api-version less than 2.19');
  });

  it("unsetting a property the server does not have is Nova's 404, exit 1", async () => {
    await activeServer(cli, 'bare');
    const r = await cli.run('server', 'unset', 'bare', '--property', 'missing');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('HTTP 404: Metadata item was not found');
  });
});
