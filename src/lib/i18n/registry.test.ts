import type { RouteObject } from 'react-router';
import { LOCALES, type FeatureMessages } from './defineMessages.ts';
import common from './messages/common.ts';
import detail from './messages/detail.ts';
import form from './messages/form.ts';
import list from './messages/list.ts';
import login from './messages/login.ts';
import media from './messages/media.ts';
import shell from './messages/shell.ts';
import timeline from './messages/timeline.ts';

const UP_FRONT: FeatureMessages[] = [common, shell, login, list];

/** Routes whose chunk brings messages of its own, and those messages. */
const BY_ROUTE: [pattern: string, features: FeatureMessages[]][] = [
  ['/tickets/:id', [detail, timeline, media]],
  ['/tickets/:id/:tab', [detail, timeline, media]],
  ['/tickets/:id/medias/:mediaId', [detail, timeline, media]],
  ['/tickets/new', [form]],
  ['/tickets/:id/edit', [form]],
];
const LAZY = [...new Set(BY_ROUTE.flatMap(([, features]) => features))];

function findRoute(routes: RouteObject[], pattern: string): RouteObject | undefined {
  for (const route of routes) {
    const found = route.path === pattern ? route : findRoute(route.children ?? [], pattern);
    if (found) return found;
  }
  return undefined;
}

/** Fresh modules: the registry as a first visit finds it, before any route chunk has loaded. */
async function freshApp() {
  vi.resetModules();
  const { loadedCatalogs } = await import('./registry.ts');
  const { routes } = await import('../../app/router.tsx');
  return { loadedCatalogs, routes };
}

function missingKeys(catalogs: Record<string, Record<string, string>>, features: FeatureMessages[]) {
  return LOCALES.flatMap((locale) =>
    features.flatMap((feature) =>
      Object.entries(feature[locale])
        .filter(([key, text]) => catalogs[locale]?.[key] !== text)
        .map(([key]) => `${locale}:${key}`),
    ),
  );
}

describe('message registry', () => {
  it('holds the first screens’ messages up front, and no lazily loaded feature’s', async () => {
    const { loadedCatalogs } = await freshApp();
    expect(missingKeys(loadedCatalogs, UP_FRONT)).toEqual([]);
    for (const feature of LAZY) {
      const early = Object.keys(feature.en).filter((key) => key in loadedCatalogs.en);
      expect(early).toEqual([]);
    }
  });

  it.each(BY_ROUTE)('%s registers its messages when its chunk loads', async (pattern, features) => {
    const { loadedCatalogs, routes } = await freshApp();
    const route = findRoute(routes, pattern);
    if (typeof route?.lazy !== 'function') throw new Error(`${pattern} is not a lazily loaded route`);
    expect(missingKeys(loadedCatalogs, features)).not.toEqual([]);
    await route.lazy();
    expect(missingKeys(loadedCatalogs, features)).toEqual([]);
  });

  it('covers every messages file: each is loaded up front or by a route', () => {
    const files = import.meta.glob<FeatureMessages>('./messages/*.ts', { eager: true, import: 'default' });
    const covered = new Set([...UP_FRONT, ...LAZY]);
    const uncovered = Object.entries(files).filter(([, feature]) => !covered.has(feature));
    expect(uncovered.map(([file]) => file)).toEqual([]);
  });
});
