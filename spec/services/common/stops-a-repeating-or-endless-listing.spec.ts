import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InvalidResponse } from '../../../lib/errors/index.js';
import { InvalidArgument, listAll, paginate } from '../../../lib/services/common/index.js';
import type { FakeRequest } from '../../../lib/testing/index.js';
import { novaSession, type NovaSession } from '../compute/helpers.js';

async function failure(run: () => Promise<unknown>): Promise<Error> {
  try {
    await run();
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected the listing to fail');
}

describe('pagination guards', () => {
  let s: NovaSession;
  const base = '/compute/v2.1';
  beforeEach(async () => {
    s = await novaSession();
    const link = (req: FakeRequest, marker: string) => [{ rel: 'next', href: `${req.baseUrl}${req.path}?marker=${marker}` }];
    // Always the same next link: a server that ignores the marker.
    s.cloud.router.add('GET', `${base}/same`, (req) => ({ status: 200, body: { things: [{ id: 'a' }], things_links: link(req, 'a') } }));
    // The second page links back to the first.
    s.cloud.router.add('GET', `${base}/cycle`, (req) => req.query.get('marker') === null
      ? { status: 200, body: { things: [{ id: '1' }], things_links: link(req, '1') } }
      : { status: 200, body: { things: [{ id: '2' }], things_links: [{ rel: 'next', href: `${req.baseUrl}${req.path}` }] } });
    // A new marker each time, forever.
    s.cloud.router.add('GET', `${base}/endless`, (req) => {
      const n = Number(req.query.get('marker') ?? 0) + 1;
      return { status: 200, body: { things: [{ id: String(n) }], things_links: link(req, String(n)) } };
    });
    // No links: marker/limit paging, over 5 items.
    s.cloud.router.add('GET', `${base}/plain`, (req) => {
      const items = ['1', '2', '3', '4', '5'].map((id) => ({ id }));
      const marker = req.query.get('marker');
      const start = marker ? items.findIndex((i) => i.id === marker) + 1 : 0;
      return { status: 200, body: { things: items.slice(start, start + Number(req.query.get('limit') ?? 100)) } };
    });
    // No links, and the marker ignored: the same full page every time.
    s.cloud.router.add('GET', `${base}/stuck`, () => ({ status: 200, body: { things: [{ id: 'x' }, { id: 'y' }] } }));
    s.cloud.router.add('GET', `${base}/broken`, () => ({ status: 200, body: { nothings: [] } }));
  });
  afterEach(() => s.close());

  it('stops a server that answers the same page for a new marker', async () => {
    const err = await failure(() => listAll(s.compute, '/same', { responseKey: 'things' }));
    expect(err).toBeInstanceOf(InvalidResponse);
    expect(err.message).toBe('Stopped listing /same: the service repeated a page (it ends again with marker "a")');
    expect(s.cloud.count('GET', `${base}/same`)).toBe(2);
  });

  it('stops a server whose next link points at a page already fetched', async () => {
    const err = await failure(() => listAll(s.compute, '/cycle', { responseKey: 'things' }));
    expect(err).toBeInstanceOf(InvalidResponse);
    expect(err.message).toContain('a next page that was already fetched');
    expect(s.cloud.count('GET', `${base}/cycle`)).toBe(2);
  });

  it('stops a listing that never ends at the page cap', async () => {
    const seen: string[] = [];
    const err = await failure(async () => {
      for await (const item of paginate<{ id: string }>(s.compute, '/endless', { responseKey: 'things', pageCap: 5 })) seen.push(item.id);
    });
    expect(err).toBeInstanceOf(InvalidResponse);
    expect(err.message).toContain('after 5 pages (the page cap)');
    expect(seen).toEqual(['1', '2', '3', '4', '5']);
    expect(s.cloud.count('GET', `${base}/endless`)).toBe(5);
  });

  it('pages by marker and limit when the service sends no links, and stops one that repeats its page', async () => {
    const items = await listAll<{ id: string }>(s.compute, '/plain', { responseKey: 'things', limit: 2 });
    expect(items.map((i) => i.id)).toEqual(['1', '2', '3', '4', '5']);
    expect(s.cloud.count('GET', `${base}/plain`)).toBe(3);

    const err = await failure(() => listAll(s.compute, '/stuck', { responseKey: 'things', limit: 2 }));
    expect(err).toBeInstanceOf(InvalidResponse);
    expect(err.message).toContain('repeated a page');
  });

  it('rejects a page without the list, and options that cannot work', async () => {
    expect(await failure(() => listAll(s.compute, '/broken', { responseKey: 'things' }))).toBeInstanceOf(InvalidResponse);
    expect(await failure(() => listAll(s.compute, '/plain', { responseKey: 'things', pageCap: 0 }))).toBeInstanceOf(InvalidArgument);
    expect(await failure(() => listAll(s.compute, '/plain', { responseKey: 'things', limit: 1.5 }))).toBeInstanceOf(InvalidArgument);
  });
});
