import { afterAll, describe, it } from 'vitest';
import { ensureBuilt, tempHome } from '../../cli/helpers/cli.js';
import { expectSameJson, parityEnabled } from './parity-helpers.js';

describe.skipIf(!parityEnabled())('limits show and availability zone list -f json equal openstack\'s on the real Nova', () => {
  const home = tempHome();
  afterAll(() => home.cleanup());

  it('limits show --absolute (and --reserved) are equal, row for row in Nova\'s order', async () => {
    await ensureBuilt();
    await expectSameJson(['limits', 'show', '--absolute'], home.dir);
    await expectSameJson(['limits', 'show', '--absolute', '--reserved'], home.dir);
    await expectSameJson(['limits', 'show', '--rate'], home.dir);
  }, 120_000);

  it('availability zone list and --long are equal', async () => {
    await expectSameJson(['availability', 'zone', 'list'], home.dir);
    await expectSameJson(['availability', 'zone', 'list', '--long'], home.dir);
    await expectSameJson(['availability', 'zone', 'list', '--compute'], home.dir);
  }, 120_000);
});
