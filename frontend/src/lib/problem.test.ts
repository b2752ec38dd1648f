import { describe, expect, it } from 'vitest';
import { ApiProblem, isStaleVersion, problemFrom, toFormErrors } from './problem';

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
});
