import { createContext, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { MessageKey } from './catalog.ts';
import type { Locale } from './defineMessages.ts';
import { createFormatters, type Formatters } from './formatters.ts';
import { activeLocale, loadedCatalogs, switchLocale } from './registry.ts';
import { translate, type MessageVars } from './translate.ts';

/** A key of the catalogue; with plural variants (`x_one`, `x_other`) the base key `x` is accepted too. */
type PluralBase<Key> = Key extends `${infer Base}_other` ? Base : never;
export type TranslationKey = MessageKey | PluralBase<MessageKey>;

export type I18n = Formatters & {
  locale: Locale;
  /** Shows the app in `locale` once its messages have arrived. */
  setLocale: (locale: Locale) => void;
  t: (key: TranslationKey, vars?: MessageVars) => string;
};

export const I18nContext = createContext<I18n | null>(null);

/**
 * Translations for the tree. The active language's messages of the app (registry.ts APP_FEATURES)
 * must be loaded before the first render; main.tsx waits for them.
 */
export function I18nProvider({ children, locale: forced }: { children: ReactNode; locale?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(() => forced ?? activeLocale());

  const setLocale = useCallback((next: Locale) => {
    void switchLocale(next).then(
      () => {
        // A later switch wins over this one.
        if (activeLocale() === next) setLocaleState(next);
      },
      // A chunk that did not load: stay in the current language; choosing again retries.
      () => undefined,
    );
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
