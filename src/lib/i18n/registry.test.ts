import { defineTranslation, LOCALES, type Catalog, type Locale } from './defineMessages.ts';
import { catalogs } from './catalog.ts';
import type { Feature } from './registry.ts';

const english = import.meta.glob<Catalog>(['./messages/*.ts', '!./messages/*.fr.ts'], {
  eager: true,
  import: 'default',
});
const french = import.meta.glob<Catalog>('./messages/*.fr.ts', { eager: true, import: 'default' });
const messagesOf = (feature: Feature, locale: Locale) =>
  (locale === 'en' ? english : french)[`./messages/${feature}${locale === 'en' ? '' : '.fr'}.ts`] ?? {};

/** A fresh registry, as a first visit finds it, with `locale` stored as the user's choice. */
async function freshRegistry(locale: Locale) {
  localStorage.setItem('apizee.locale', locale);
  vi.resetModules();
  return import('./registry.ts');
}

/** Keys of these features whose text in `locale` is not loaded. */
function missing(loaded: Record<Locale, Catalog>, features: Feature[], locale: Locale): string[] {
  return features.flatMap((feature) =>
    Object.entries(messagesOf(feature, locale))
      .filter(([key, text]) => loaded[locale][key] !== text)
      .map(([key]) => `${locale}:${key}`),
  );
}

describe('message registry', () => {
  it.each(LOCALES)('loads the app’s messages in the active language only (%s)', async (locale) => {
    const { loadedCatalogs, loadMessages, activeLocale, APP_FEATURES } = await freshRegistry(locale);
    expect(activeLocale()).toBe(locale);
    expect(Object.keys(loadedCatalogs.en)).toEqual([]);
    expect(Object.keys(loadedCatalogs.fr)).toEqual([]);
    await loadMessages(APP_FEATURES, activeLocale());
    expect(missing(loadedCatalogs, [...APP_FEATURES], locale)).toEqual([]);
    const other = locale === 'en' ? 'fr' : 'en';
    expect(Object.keys(loadedCatalogs[other])).toEqual([]);
  });

  it('switching language brings every feature loaded so far in the new language', async () => {
    const { loadedCatalogs, loadMessages, switchLocale, activeLocale } = await freshRegistry('en');
    await loadMessages(['common', 'shell', 'list'], 'en');
    expect(Object.keys(loadedCatalogs.fr)).toEqual([]);
    await switchLocale('fr');
    expect(activeLocale()).toBe('fr');
    expect(localStorage.getItem('apizee.locale')).toBe('fr');
    expect(missing(loadedCatalogs, ['common', 'shell', 'list'], 'fr')).toEqual([]);
    expect(missing(loadedCatalogs, ['detail'], 'fr')).not.toEqual([]);
  });

  it('has a loader for every messages file, and French has exactly the English keys', async () => {
    const { FEATURE_NAMES } = await freshRegistry('en');
    const files = [...Object.keys(english), ...Object.keys(french)].sort();
    const loaded = FEATURE_NAMES.flatMap((feature) => [
      `./messages/${feature}.ts`,
      `./messages/${feature}.fr.ts`,
    ]).sort();
    expect(files).toEqual(loaded);
    for (const feature of FEATURE_NAMES) {
      expect(Object.keys(messagesOf(feature, 'fr')).sort(), feature).toEqual(
        Object.keys(messagesOf(feature, 'en')).sort(),
      );
    }
    expect(Object.keys(catalogs.fr).sort()).toEqual(Object.keys(catalogs.en).sort());
  });

  it('makes a missing or left-over French key a type error', () => {
    type English = { 'a.one': string; 'a.two': string };
    // @ts-expect-error 'a.two' is missing
    defineTranslation<English>({ 'a.one': 'un' });
    // @ts-expect-error 'a.three' has no English key
    defineTranslation<English>({ 'a.one': 'un', 'a.two': 'deux', 'a.three': 'trois' });
    expect(defineTranslation<English>({ 'a.one': 'un', 'a.two': 'deux' })['a.two']).toBe('deux');
  });
});
