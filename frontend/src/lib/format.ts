import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formattingLocale } from '@/lib/i18n';

/** Dates, numbers and money as the reader writes them, in the SPA's language (and the browser's region for it). */
export function formatsFor(locale: string) {
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const moment = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const instant = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'medium' });
  // A birthday is a date without a time zone: read as UTC midnight, or it may shift by a day.
  const anniversary = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' });
  const calendarDay = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const number = new Intl.NumberFormat(locale);
  const currencies = new Map<string, Intl.NumberFormat>();
  const currency = (code: string) => {
    if (!currencies.has(code)) currencies.set(code, new Intl.NumberFormat(locale, { style: 'currency', currency: code }));
    return currencies.get(code)!;
  };
  return {
    /** An instant as its day: "26 Nov 2026". */
    day: (iso: string) => day.format(new Date(iso)),
    /** An instant to the minute, for stories: "26 Nov 2026, 14:05". */
    moment: (iso: string) => moment.format(new Date(iso)),
    /** An instant to the second, for logs. */
    instant: (iso: string) => instant.format(new Date(iso)),
    /** A `yyyy-mm-dd` date without a year: "26 November". */
    anniversary: (date: string) => anniversary.format(new Date(`${date}T00:00:00Z`)),
    /** A `yyyy-mm-dd` date. */
    calendarDay: (date: string) => calendarDay.format(new Date(`${date}T00:00:00Z`)),
    number: (value: number) => number.format(value),
    /** An amount in its ISO currency, as the reader writes money: "1.234,50 lei", "€1,234.50". */
    money: (amount: number, code: string) => currency(code).format(amount),
  };
}

export type Formats = ReturnType<typeof formatsFor>;

export function useFormats(): Formats {
  const { i18n } = useTranslation();
  return useMemo(() => formatsFor(formattingLocale(i18n.language)), [i18n.language]);
}
