import { describe, expect, it } from 'vitest';
import { listFromUrl, listToUrl } from './list-url';

describe('the client list in the URL', () => {
  it('reads search, filters and order, and writes them back the same', () => {
    const url = 'q=%C5%9Ftef&lifecycle=active&segment=vip&country=RO&ownerId=u1&team=north&tag=export&sort=-updatedAt&deleted=true';
    const query = listFromUrl(new URLSearchParams(url));
    expect(query).toEqual({ q: 'ştef', lifecycle: 'active', segment: 'vip', country: 'RO', ownerId: 'u1', team: 'north',
      tag: 'export', sort: '-updatedAt', deleted: true });
    expect(listFromUrl(listToUrl(query))).toEqual(query);
  });

  it('leaves out what the list cannot show, and the defaults', () => {
    const query = listFromUrl(new URLSearchParams('lifecycle=dormant&segment=&sort=name&country=FR&q=%20%20&deleted=yes&x=1'));
    expect(query).toEqual({});
    expect(listToUrl({ sort: 'name', q: 'agro' }).toString()).toBe('q=agro');
  });
});
