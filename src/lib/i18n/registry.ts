/**
 * The messages `t()` can read now, loaded a feature and a language at a time: the app's own
 * (shell, loading and error states) before the first render, each route's with its chunk (the
 * router waits for both), and on a language switch every feature loaded so far, in the new
 * language, before the switch shows. `t()` reads `loadedCatalogs` on every call, so it stays
 * synchronous. (catalog.ts is the full catalogue, for types and tests: the app does not load it.)
 */
import { LOCALES, type Catalog, type Locale } from './defineMessages.ts';

type Load = () => Promise<{ default: Catalog }>;

/** One chunk per feature and language. */
const FEATURES = {
  common: { en: () => import('./messages/common.ts'), fr: () => import('./messages/common.fr.ts') },
  shell: { en: () => import('./messages/shell.ts'), fr: () => import('./messages/shell.fr.ts') },
  login: { en: () => import('./messages/login.ts'), fr: () => import('./messages/login.fr.ts') },
  list: { en: () => import('./messages/list.ts'), fr: () => import('./messages/list.fr.ts') },
  detail: { en: () => import('./messages/detail.ts'), fr: () => import('./messages/detail.fr.ts') },
  timeline: {
    en: () => import('./messages/timeline.ts'),
    fr: () => import('./messages/timeline.fr.ts'),
  },
  media: { en: () => import('./messages/media.ts'), fr: () => import('./messages/media.fr.ts') },
  form: { en: () => import('./messages/form.ts'), fr: () => import('./messages/form.fr.ts') },
  live: { en: () => import('./messages/live.ts'), fr: () => import('./messages/live.fr.ts') },
  supervision: {
    en: () => import('./messages/supervision.ts'),
    fr: () => import('./messages/supervision.fr.ts'),
  },
  views: { en: () => import('./messages/views.ts'), fr: () => import('./messages/views.fr.ts') },
  bulk: { en: () => import('./messages/bulk.ts'), fr: () => import('./messages/bulk.fr.ts') },
  keyboard: {
    en: () => import('./messages/keyboard.ts'),
    fr: () => import('./messages/keyboard.fr.ts'),
  },
} satisfies Record<string, Record<Locale, Load>>;

export type Feature = keyof typeof FEATURES;
export const FEATURE_NAMES = Object.keys(FEATURES) as Feature[];

/** What every screen needs (app name, shell, loading and error states). */
export const APP_FEATURES: readonly Feature[] = ['common', 'shell'];

export const loadedCatalogs: Record<Locale, Catalog> = { en: {}, fr: {} };

const STORAGE_KEY = 'apizee.locale';

function initialLocale(): Locale {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  if (stored && (LOCALES as readonly string[]).includes(stored)) return stored as Locale;
  const browser = typeof navigator === 'undefined' ? 'en' : navigator.language;
  return browser.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

let active: Locale = initialLocale();

/** The language being shown, or being switched to: the one the next route loads messages in. */
export function activeLocale(): Locale {
  return active;
}

const wanted = new Set<Feature>();
const loading: Record<Locale, Map<Feature, Promise<void>>> = { en: new Map(), fr: new Map() };

/** Loads these features' messages in `locale` (each once), and keeps them for a language switch. */
export async function loadMessages(features: readonly Feature[], locale: Locale): Promise<void> {
  await Promise.all(
    features.map((feature) => {
      wanted.add(feature);
      let done = loading[locale].get(feature);
      if (!done) {
        done = FEATURES[feature][locale]().then((module) => {
          Object.assign(loadedCatalogs[locale], module.default);
        });
        // A chunk that failed to load (network, redeploy) is tried again next time.
        done.catch(() => loading[locale].delete(feature));
        loading[locale].set(feature, done);
      }
      return done;
    }),
  );
}

/**
 * Switches the language: every feature loaded so far arrives in `locale` first. Routes that start
 * loading meanwhile already use the new language.
 */
export async function switchLocale(locale: Locale): Promise<void> {
  active = locale;
  localStorage.setItem(STORAGE_KEY, locale);
  await loadMessages([...wanted], locale);
}
