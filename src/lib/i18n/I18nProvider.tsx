import { createContext, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { MessageKey } from './catalog.ts';
import { LOCALES, type Locale } from './defineMessages.ts';
import { createFormatters, type Formatters } from './formatters.ts';
import { loadedCatalogs } from './registry.ts';
import { translate, type MessageVars } from './translate.ts';

/** A key of the catalogue; with plural variants (`x_one`, `x_other`) the base key `x` is accepted too. */
type PluralBase<Key> = Key extends `${infer Base}_other` ? Base : never;
export type TranslationKey = MessageKey | PluralBase<MessageKey>;

export type I18n = Formatters & {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: (key: TranslationKey, vars?: MessageVars) => string;
};

export const I18nContext = createContext<I18n | null>(null);

const STORAGE_KEY = 'apizee.locale';

function initialLocale(): Locale {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  if (stored && (LOCALES as readonly string[]).includes(stored)) return stored as Locale;
  const browser = typeof navigator === 'undefined' ? 'en' : navigator.language;
  return browser.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export function I18nProvider({ children, locale: forced }: { children: ReactNode; locale?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(() => forced ?? initialLocale());

  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    localStorage.setItem(STORAGE_KEY, next);
  }, []);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const value = useMemo<I18n>(
    () => ({
      locale,
      setLocale,
      t: (key, vars) => translate(loadedCatalogs[locale], locale, key, vars),
      ...createFormatters(locale),
    }),
    [locale, setLocale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
