import { describe, expect, it } from 'vitest';
import { rebase } from './rebase';

describe('rebase', () => {
  const base = { name: 'Moara', city: 'Iași', notes: '', tags: ['bakery'] };

  it("keeps the user's edits on top of the colleague's, and tells what the colleague changed", () => {
    const fresh = { ...base, city: 'Cluj-Napoca', tags: ['bakery', 'vip'] };
    const typed = { ...base, notes: 'Call on Monday' };
    expect(rebase(base, fresh, typed)).toEqual({
      values: { name: 'Moara', city: 'Cluj-Napoca', notes: 'Call on Monday', tags: ['bakery', 'vip'] },
      theirs: [{ field: 'city', from: 'Iași', to: 'Cluj-Napoca' }, { field: 'tags', from: ['bakery'], to: ['bakery', 'vip'] }],
      both: [],
    });
  });

  it('marks a field both changed differently, keeping what the user typed', () => {
    const result = rebase(base, { ...base, city: 'Cluj-Napoca' }, { ...base, city: 'Brașov' });
    expect(result.values.city).toBe('Brașov');
    expect(result.both).toEqual(['city']);
  });

  it('does not mark a field both changed to the same value', () => {
    const result = rebase(base, { ...base, city: 'Cluj-Napoca' }, { ...base, city: 'Cluj-Napoca' });
    expect(result.both).toEqual([]);
    expect(result.theirs).toHaveLength(1);
  });
});
