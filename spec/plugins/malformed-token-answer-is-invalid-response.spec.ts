import { describe, expect, it } from 'vitest';
import { InvalidResponse } from '../../lib/errors/transport-errors.js';
import { V3Password } from '../../plugins/keystone/index.js';
import { fixture } from '../catalog/fixtures.js';
import { startMiniServer, type MiniResponse } from './helpers/mini-server.js';
import { rejection, session } from './helpers/session.js';

async function authenticateAgainst(answer: MiniResponse): Promise<Error> {
  const server = await startMiniServer(() => answer);
  try {
    const plugin = new V3Password({ authUrl: `${server.url}/v3`, userId: 'u', password: 'p', projectId: 'x' });
    const { http } = session(plugin);
    const err = await rejection(() => http.authenticate());
    expect(plugin.hasValidAuth()).toBe(false);
    http.close();
    return err;
  } finally {
    await server.close();
  }
}

describe('a token answer Keystone would never send', () => {
  it('is an InvalidResponse saying what is missing or wrong', async () => {
    const body = fixture('keystone-v3-token.json');
    const noHeader = await authenticateAgainst({ status: 201, body });
    expect(noHeader).toBeInstanceOf(InvalidResponse);
    expect(noHeader.message).toMatch(/no X-Subject-Token header/);

    const badExpiry = await authenticateAgainst({ status: 201, headers: { 'X-Subject-Token': 'tok' }, body: { token: { ...body.token, expires_at: 'soon' } } });
    expect(badExpiry.message).toMatch(/expires_at "soon" is not a timestamp/);

    const badCatalog = await authenticateAgainst({ status: 201, headers: { 'X-Subject-Token': 'tok' }, body: { token: { ...body.token, catalog: {} } } });
    expect(badCatalog).toBeInstanceOf(InvalidResponse);
    expect(badCatalog.message).toMatch(/catalog is not a list/);

    const html = await authenticateAgainst({ status: 200, headers: { 'X-Subject-Token': 'tok', 'Content-Type': 'text/html' }, body: '<html>hi</html>' });
    expect(html.message).toMatch(/no "token" object in the body/);
  });
});
