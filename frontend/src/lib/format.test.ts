import { describe, expect, it } from 'vitest';
import { formatsFor } from './format';

// Intl separates groups and currencies with no-break spaces; the expectations are written with plain ones.
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('formats', () => {
  it('write dates, numbers and money the way each language does', () => {
    expect(formatsFor('en-GB').calendarDay('2026-11-26')).toBe('26 Nov 2026');
    expect(plain(formatsFor('ru-RU').number(1234567.5))).toBe('1 234 567,5');
    expect(plain(formatsFor('ro-RO').money(1234.5, 'RON'))).toBe('1.234,50 RON');
    expect(plain(formatsFor('es-ES').money(1234.5, 'EUR'))).toBe('1234,50 €');
    expect(formatsFor('en-US').money(1234.5, 'EUR')).toBe('€1,234.50');
    // A birthday is a day of the year, whatever the time zone.
    expect(formatsFor('en-US').anniversary('1980-03-01')).toBe('March 1');
  });
});
