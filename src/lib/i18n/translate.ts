import type { Locale } from './defineMessages.ts';

export type MessageVars = Record<string, string | number>;

/** Looks a key up (with its plural variant when `count` is given) and fills `{placeholders}`. */
export function translate(
  catalog: Record<string, string>,
  locale: Locale,
  key: string,
  vars: MessageVars = {},
): string {
  let template = catalog[key];
  if (typeof vars.count === 'number') {
    const category = new Intl.PluralRules(locale).select(vars.count);
    template = catalog[`${key}_${category}`] ?? catalog[`${key}_other`] ?? template;
  }
  if (template === undefined) return key;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = vars[name];
    if (value === undefined) return match;
    return typeof value === 'number' ? new Intl.NumberFormat(locale).format(value) : value;
  });
}
