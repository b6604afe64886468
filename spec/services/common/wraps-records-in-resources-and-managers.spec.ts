import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InvalidResponse } from '../../../lib/errors/index.js';
import { Manager, Resource, type CallOptions } from '../../../lib/services/common/index.js';
import { novaSession, type NovaSession } from '../compute/helpers.js';
import { rejection } from '../../helpers/rejection.js';

interface WidgetFields { id: number; name: string; refresh?: string; size?: number }
// A field named like a method (refresh) stays reachable through toJSON() only.
interface Widget extends Omit<WidgetFields, 'refresh'> {}
class Widget extends Resource<WidgetFields> {
  declare readonly manager: WidgetManager;
  grow(): Promise<Widget | undefined> {
    return this.manager.update(this.id, { size: (this.size ?? 0) + 1 });
  }
}

class WidgetManager extends Manager<Widget> {
  protected readonly resourceClass = Widget;
  protected override readonly resourceName = 'widget';
  list(url = '/widgets') { return this._list(url, 'widgets'); }
  get(id: string | number, opts: CallOptions = {}) { return this._get(`/widgets/${id}`, 'widget', opts); }
  update(id: number, fields: Partial<WidgetFields>) { return this._update(`/widgets/${id}`, { widget: fields }, 'widget'); }
  remove(id: number, okCodes?: number[]) { return this._delete(`/widgets/${id}`, okCodes ? { okCodes } : {}); }
}

describe('resources and managers', () => {
  let s: NovaSession;
  let widgets: WidgetManager;
  const store = new Map<string, WidgetFields>();
  beforeEach(async () => {
    s = await novaSession();
    store.clear();
    store.set('1', { id: 1, name: 'one', refresh: 'a field named like a method', size: 1 });
    const base = '/compute/v2.1/widgets';
    s.cloud.router.add('GET', base, () => ({ status: 200, body: { widgets: [...store.values()] } }));
    s.cloud.router.add('GET', '/compute/v2.1/not-a-list', () => ({ status: 200, body: { widgets: { id: 1 } } }));
    s.cloud.router.add('GET', `${base}/:id`, (req) => {
      const w = store.get(req.params.id!);
      return w ? { status: 200, body: { widget: w } } : { status: 404, body: { itemNotFound: { code: 404, message: 'no widget' } } };
    });
    s.cloud.router.add('PUT', `${base}/:id`, (req) => {
      const w = { ...store.get(req.params.id!)!, ...(req.body as { widget: object }).widget };
      store.set(req.params.id!, w);
      return { status: 200, body: { widget: w } };
    });
    s.cloud.router.add('DELETE', `${base}/:id`, () => ({ status: 202 }));
    widgets = new WidgetManager(s.compute);
  });
  afterEach(() => s.close());

  it('puts the JSON fields on the resource, hides the manager, and keeps methods over same-named fields', async () => {
    const [w] = await widgets.list();
    expect(w).toBeInstanceOf(Widget);
    expect(w!.name).toBe('one');
    expect(w!.isLoaded).toBe(false);
    expect(Object.keys(w!)).toEqual(['id', 'name', 'size']);
    expect(w!.toJSON()).toEqual(store.get('1'));
    expect(typeof w!.refresh).toBe('function');
    expect(JSON.stringify(w)).not.toContain('manager');
    expect(w!.manager).toBe(widgets);
  });

  it('refreshes in place and runs resource methods through its manager', async () => {
    const w = await widgets.get(1);
    expect(w.isLoaded).toBe(true);
    const grown = await w.grow();
    expect(grown?.size).toBe(2);
    expect(w.size).toBe(1);
    await w.refresh();
    expect(w.size).toBe(2);
    store.set('1', { id: 1, name: 'one' });
    await w.refresh();
    expect(w.size).toBeUndefined();
  });

  it('checks the status a call expects and the shape of the body', async () => {
    await widgets.remove(1);
    const wrongCode = await rejection(widgets.remove(1, [204]));
    expect(wrongCode).toBeInstanceOf(InvalidResponse);
    expect(wrongCode.message).toMatch(/^DELETE http:\/\/127\.0\.0\.1:\d+\/compute\/v2\.1\/widgets\/1 answered HTTP 202, expected 204/);
    const notAList = await rejection(widgets.list('/not-a-list'));
    expect(notAList).toBeInstanceOf(InvalidResponse);
    expect(notAList.message).toContain('"widgets" is not a list');
  });
});
