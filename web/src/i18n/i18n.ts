// French by default; the person's choice is kept in this browser and, once signed in, on their account.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../api/types';
import { en } from './en';
import { fr, type Messages } from './fr';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: Messages };
    nsSeparator: false;
  }
}

const STORAGE_KEY = 'corelab.language';
export const LANGUAGES: readonly Language[] = ['fr', 'en'];

const isLanguage = (value: unknown): value is Language => value === 'fr' || value === 'en';

/** The language chosen earlier in this browser, if any. */
export function chosenLanguage(): Language | undefined {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : undefined;
  } catch {
    return undefined;
  }
}

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'fr';
}

/** Shows the interface in this language; `remember` keeps it as this browser's choice. */
export async function showLanguage(language: Language, remember: boolean): Promise<void> {
  await i18n.changeLanguage(language);
  document.documentElement.lang = language;
  if (remember) {
    try {
      window.localStorage.setItem(STORAGE_KEY, language);
    } catch {
      // Private browsing may refuse storage; the choice then lasts for this page only.
    }
  }
}

export async function startI18n(): Promise<void> {
  const language = chosenLanguage() ?? 'fr';
  await i18n.use(initReactI18next).init({
    resources: { fr: { translation: fr }, en: { translation: en } },
    lng: language,
    fallbackLng: false,
    // Keys such as scopes.projects:read contain a colon; there is one namespace only.
    nsSeparator: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
}
