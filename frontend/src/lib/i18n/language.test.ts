import { afterEach, describe, expect, it } from 'vitest';
import { formatsFor } from '@/lib/format';
import { i18n, initialLanguage, preferredLanguage, switchLanguage } from '.';

describe('languages', () => {
  afterEach(() => switchLanguage('en'));

  it('default from the browser: the first preferred language Relay speaks, else English', () => {
    expect(preferredLanguage(['de-DE', 'ro-MD', 'en'])).toBe('ro');
    expect(preferredLanguage(['RU'])).toBe('ru');
    expect(preferredLanguage(['es-419'])).toBe('es');
    expect(preferredLanguage(['de', 'fr'])).toBe('en');
    expect(preferredLanguage([])).toBe('en');
  });

  it('remember the last one on this device, for the next sign-in page', async () => {
    await switchLanguage('es');
    expect(initialLanguage()).toBe('es');
    expect(document.documentElement.lang).toBe('es');
    localStorage.setItem('relay.language', 'xx');
    expect(initialLanguage()).toBe(preferredLanguage(navigator.languages));
  });

  it('load their strings when first used', async () => {
    await switchLanguage('ro');
    expect(i18n.t('nav.clients')).toBe('Clienți');
    await switchLanguage('ru');
    expect(i18n.t('actions.save')).toBe('Сохранить');
  });

  it('write dates and numbers as their readers do', () => {
    const at = '2026-11-26T10:05:00Z';
    expect(formatsFor('en').number(12345.5)).toBe('12,345.5');
    expect(formatsFor('ru').number(12345.5)).toBe('12\u00a0345,5');
    expect(formatsFor('es').number(12345.5)).toBe('12.345,5');
    expect(formatsFor('ro').calendarDay('2026-11-26')).toBe('26 nov. 2026');
    expect(formatsFor('ru').anniversary('1980-03-08')).toBe('8 марта');
    expect(formatsFor('en').day(at)).toBe('Nov 26, 2026');
  });
});
