import type { RouteObject } from 'react-router';
import type { Catalog, Locale } from '../lib/i18n/defineMessages.ts';
import type { Feature } from '../lib/i18n/registry.ts';

/** Routes whose chunk brings messages of its own, and those messages. */
const BY_ROUTE: [pattern: string, features: Feature[]][] = [
  ['/login', ['login']],
  ['/tickets', ['list']],
  ['/tickets/:id', ['detail', 'timeline', 'media']],
  ['/tickets/:id/:tab', ['detail', 'timeline', 'media']],
  ['/tickets/:id/medias/:mediaId', ['detail', 'timeline', 'media']],
  ['/tickets/new', ['form']],
  ['/tickets/:id/edit', ['form']],
];

const french = import.meta.glob<Catalog>('../lib/i18n/messages/*.fr.ts', {
  eager: true,
  import: 'default',
});

function findRoute(routes: RouteObject[], pattern: string): RouteObject | undefined {
  for (const route of routes) {
    const found = route.path === pattern ? route : findRoute(route.children ?? [], pattern);
    if (found) return found;
  }
  return undefined;
}

/** Fresh modules: the app as a first visit in French finds it. */
async function freshApp() {
  localStorage.setItem('apizee.locale', 'fr');
  vi.resetModules();
  const { loadedCatalogs } = await import('../lib/i18n/registry.ts');
  const { routes } = await import('./router.tsx');
  return { loadedCatalogs, routes };
}

/** Keys of these features whose French text is not loaded. */
function missingFrench(loaded: Record<Locale, Catalog>, features: Feature[]): string[] {
  return features.flatMap((feature) =>
    Object.entries(french[`../lib/i18n/messages/${feature}.fr.ts`] ?? {})
      .filter(([key, text]) => loaded.fr[key] !== text)
      .map(([key]) => key),
  );
}

describe('route messages', () => {
  // The first import of the router and of each page transforms them all (seconds on a busy machine):
  // done once here, so each case below only runs the modules again, fresh.
  beforeAll(async () => {
    const { routes } = await freshApp();
    for (const [pattern] of BY_ROUTE) {
      const route = findRoute(routes, pattern);
      if (typeof route?.lazy === 'function') await route.lazy();
    }
  }, 60_000);

  it.each(BY_ROUTE)(
    '%s loads its messages, in the active language only, with its chunk',
    async (pattern, features) => {
      const { loadedCatalogs, routes } = await freshApp();
      const route = findRoute(routes, pattern);
      if (typeof route?.lazy !== 'function') throw new Error(`${pattern} is not a lazily loaded route`);
      expect(missingFrench(loadedCatalogs, features)).not.toEqual([]);
      await route.lazy();
      expect(missingFrench(loadedCatalogs, features)).toEqual([]);
      expect(Object.keys(loadedCatalogs.en)).toEqual([]);
    },
  );
});
