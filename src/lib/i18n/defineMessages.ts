export type Locale = 'en' | 'fr';
export const LOCALES: readonly Locale[] = ['en', 'fr'];

/**
 * One feature's messages in both languages. French must have exactly the English keys, so a
 * missing translation is a type error. Placeholders look like `{name}`; plural variants are separate
 * keys suffixed `_one` / `_other` (chosen with Intl.PluralRules from a numeric `count`).
 */
export function defineMessages<const Keys extends string>(
  en: Record<Keys, string>,
  fr: Record<Keys, string>,
): { en: Record<Keys, string>; fr: Record<Keys, string> } {
  return { en, fr };
}

/** What `defineMessages` returns, whatever its keys. */
export type FeatureMessages = { en: Record<string, string>; fr: Record<string, string> };
