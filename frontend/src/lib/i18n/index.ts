import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { languageValues, type components } from '@/lib/api/schema';
import en from './en.json';

export type Language = components['schemas']['Language'];
export const LANGUAGES: readonly Language[] = languageValues;

type Strings = typeof en;

// English is built in; the others are fetched when first used, so nobody downloads four languages.
const bundles: Record<Exclude<Language, 'en'>, () => Promise<{ default: Strings }>> = {
  ro: () => import('./ro.json'),
  ru: () => import('./ru.json'),
  es: () => import('./es.json'),
};

/** The language last used on this device, so that the sign-in page already speaks it. */
const REMEMBERED = 'relay.language';

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en } },
  lng: 'en',
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
});

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The first of the reader's preferred languages that Relay speaks (`ro-MD` counts as `ro`), else English. */
export function preferredLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLanguage(primary)) return primary;
  }
  return 'en';
}

/** Before anyone signed in: this device's last language, else the browser's. */
export function initialLanguage(): Language {
  const remembered = localStorage.getItem(REMEMBERED);
  return isLanguage(remembered) ? remembered : preferredLanguage(navigator.languages ?? [navigator.language]);
}

/** Switches the SPA to a language (fetching its strings once); the page's `lang` follows for screen readers. */
export async function switchLanguage(language: Language): Promise<void> {
  if (language !== 'en' && !i18n.hasResourceBundle(language, 'translation')) {
    i18n.addResourceBundle(language, 'translation', (await bundles[language]()).default);
  }
  await i18n.changeLanguage(language);
  document.documentElement.lang = language;
  localStorage.setItem(REMEMBERED, language);
}

/** The locale for dates, numbers and money: the SPA's language, with the browser's region when it matches. */
export function formattingLocale(language: string = i18n.language): string {
  const regional = (navigator.languages ?? []).find((tag) => tag.toLowerCase().startsWith(`${language}-`));
  return regional ?? language;
}

export { i18n };
