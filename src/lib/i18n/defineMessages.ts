export type Locale = 'en' | 'fr';
export const LOCALES: readonly Locale[] = ['en', 'fr'];

/**
 * One feature's English messages: their keys are the keys `t()` accepts. Each language is its own
 * module (`list.ts`, `list.fr.ts`), so the browser loads only the language it shows. Placeholders
 * look like `{name}`; plural variants are separate keys suffixed `_one` / `_other` (chosen with
 * Intl.PluralRules from a numeric `count`).
 */
export function defineMessages<const Keys extends string>(en: Record<Keys, string>): Record<Keys, string> {
  return en;
}

/**
 * A feature's messages in another language: exactly the English keys, so a missing translation
 * (or one left over after its English key went) is a type error.
 */
export function defineTranslation<English extends Record<string, string>>(messages: {
  [Key in keyof English]: string;
}): Record<keyof English & string, string> {
  return messages;
}

/** One language's messages of a feature, whatever its keys. */
export type Catalog = Record<string, string>;
