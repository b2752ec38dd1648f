import { describe, expect, it } from 'vitest';
import { switchLanguage } from '@/lib/i18n';
import { ApiProblem, conflictsOf, isStaleVersion, problemFrom, toFormErrors } from './problem';

describe('problems', () => {
  it('maps field errors onto form paths', () => {
    const problem = new ApiProblem({
      type: '/problems/validation', title: 'Invalid input', status: 400, detail: 'bad',
      errors: [
        { field: 'name', message: 'must not be blank' },
        { field: 'channels[1].value', message: 'not a valid phone number' },
        { field: 'name', message: 'too long' },
      ],
    });
    expect(toFormErrors(problem)).toEqual({
      name: 'must not be blank; too long',
      'channels.1.value': 'not a valid phone number',
    });
  });

  it('says field errors in the reader language by their code, and keeps the API words without one', async () => {
    const problem = new ApiProblem({
      type: '/problems/validation', title: 'Invalid input', status: 400, detail: 'bad',
      errors: [
        { field: 'name', message: 'size must be between 0 and 300', code: 'too-long', limit: 300 },
        { field: 'channels[0].value', message: 'not a valid phone number for RO', code: 'phone' },
        { field: 'team', message: 'must be one of the teams [north, south]' },
      ],
    });
    expect(toFormErrors(problem)).toEqual({
      name: 'At most 300 characters.',
      'channels.0.value': 'Not a valid phone number: use the international form, e.g. +40 721 234 567.',
      team: 'must be one of the teams [north, south]',
    });
    await switchLanguage('ro');
    expect(toFormErrors(problem).name).toBe('Lungime maximă: 300 caractere.');
    await switchLanguage('en');
  });

  it('ignores errors that are not problems', () => {
    expect(toFormErrors(new Error('network'))).toEqual({});
  });

  it('recognises a stale version and wraps non-problem failures', () => {
    const stale = problemFrom(412, { type: '/problems/stale-version', title: 't', status: 412, detail: 'd' });
    expect(isStaleVersion(stale)).toBe(true);
    const gateway = problemFrom(502, 'Bad Gateway');
    expect(gateway.status).toBe(502);
    expect(isStaleVersion(gateway)).toBe(false);
  });

  it('carries the records a creation would repeat, and none for other failures', () => {
    const repeated = problemFrom(409, {
      type: '/problems/conflict', title: 'Conflicting change', status: 409, detail: 'exists',
      conflicts: [{ matchedOn: 'name', id: '11111111-1111-4111-8111-111111111111', name: 'Agroprod SRL', ownerName: 'Dana' }],
    });
    expect(conflictsOf(repeated)).toEqual([
      { matchedOn: 'name', id: '11111111-1111-4111-8111-111111111111', name: 'Agroprod SRL', ownerName: 'Dana' },
    ]);
    expect(conflictsOf(problemFrom(409, { type: '/problems/conflict', title: 't', status: 409, detail: 'not deleted' })))
      .toEqual([]);
    expect(conflictsOf(new Error('network'))).toEqual([]);
  });
});
