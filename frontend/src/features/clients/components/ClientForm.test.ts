import { describe, expect, it } from 'vitest';
import { changedFields } from '@/lib/diff';
import { EMPTY_CLIENT, toFormValues, toInput } from './ClientForm';

describe('client form values', () => {
  it('sends only the fields the user changed', () => {
    const before = toFormValues({ name: 'Agroprod SRL', kind: 'company', country: 'RO', lifecycle: 'active', city: 'Iași' });
    const after = { ...before, city: 'Cluj-Napoca', tags: ['export'] };
    expect(changedFields(before, after)).toEqual({ city: 'Cluj-Napoca', tags: ['export'] });
  });

  it('clears a field by sending it empty and leaves an unset segment out', () => {
    const before = toFormValues({ name: 'A', kind: 'company', country: 'RO', lifecycle: 'active', website: 'a.ro' });
    expect(changedFields(before, { ...before, website: '' })).toEqual({ website: '' });
    expect(toInput(EMPTY_CLIENT).segment).toBeUndefined();
  });
});

describe('merge patch of a cleared field', () => {
  it('sends null for a select the user cleared, so the server removes the value', () => {
    const before = toFormValues({ name: 'A', kind: 'company', country: 'RO', lifecycle: 'active', segment: 'vip' });
    expect(changedFields(toInput(before), toInput({ ...before, segment: '' }))).toEqual({ segment: null });
  });
});
