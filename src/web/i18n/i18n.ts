// The two languages: every namespace's strings, the reader's choice remembered in this browser, and the page's
// `lang` attribute kept in step (screen readers pronounce by it).
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { NAMESPACES } from './namespaces.ts';

/** The languages the app speaks. */
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'refuge.language';

const isLanguage = (value: string | null): value is Language =>
  value !== null && (LANGUAGES as readonly string[]).includes(value);

/** The remembered choice, else the browser's first language we speak, else English. */
export function initialLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (isLanguage(stored)) return stored;
  const preferred = navigator.languages.map((tag) => tag.slice(0, 2)).find(isLanguage);
  return preferred ?? 'en';
}

/** Switches the language and remembers it. */
export async function chooseLanguage(language: Language): Promise<void> {
  localStorage.setItem(STORAGE_KEY, language);
  await i18next.changeLanguage(language);
}

/** Starts i18next with every namespace in both languages. */
export async function startI18n(): Promise<void> {
  const resources = {
    en: Object.fromEntries(Object.entries(NAMESPACES).map(([ns, m]) => [ns, m.en])),
    es: Object.fromEntries(Object.entries(NAMESPACES).map(([ns, m]) => [ns, m.es])),
  };
  i18next.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
  await i18next.use(initReactI18next).init({
    resources,
    lng: initialLanguage(),
    fallbackLng: 'en',
    defaultNS: 'common',
    ns: Object.keys(NAMESPACES),
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  document.documentElement.lang = i18next.language;
}
