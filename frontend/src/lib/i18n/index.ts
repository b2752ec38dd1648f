import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';

/** All visible strings go through i18next; ru, ro and es resources can be added beside en. */
export const resources = { en: { translation: en } } as const;

void i18n.use(initReactI18next).init({
  resources,
  lng: 'en',
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
});

export { i18n };
