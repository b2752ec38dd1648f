import { describe, expect, it } from 'vitest';
import { periodOf } from './period';

describe('periodOf', () => {
  it('covers whole local days, the last one included', () => {
    const { from, to } = periodOf('2026-11-02', '2026-11-03');
    expect(new Date(from!).getDate()).toBe(2);
    expect(new Date(from!).getHours()).toBe(0);
    expect(new Date(to!).getDate()).toBe(4);
    expect(new Date(to!).getTime() - new Date(from!).getTime()).toBe(2 * 24 * 3600 * 1000);
  });

  it('crosses a month end and leaves out an open end', () => {
    expect(new Date(periodOf('', '2026-11-30').to!).getMonth()).toBe(11);
    expect(periodOf('', '')).toEqual({});
    expect(periodOf('2026-11-30', '')).not.toHaveProperty('to');
  });

  it('ignores a day the browser could not make sense of instead of failing', () => {
    expect(periodOf('2026-13-45x', 'yesterday')).toEqual({});
    expect(periodOf('0000-01-01', '')).toEqual({});
  });
});
