import { screen } from '@testing-library/react';
import { listTicketsParamsSchema } from '../../contract/requests.ts';
import {
  ALL_LIST_CAPABILITIES,
  DEFAULT_LIST_VIEW,
  listViewToParams,
  listViewToSearch,
  parseListView,
  unsupportedFilters,
} from '../../lib/list-view/ticketListView.ts';
import { landingView, quickViewIds, quickViews } from './quickViews.ts';
import { renderWithProviders } from '../../test/TestProviders.tsx';
import { QuickViews as QuickViewsBar } from './QuickViews.tsx';

describe('quick views', () => {
  it('are plain list URLs that parse back to themselves', () => {
    for (const view of Object.values(quickViews(new Date(2026, 4, 6, 9, 41)))) {
      expect(parseListView(new URLSearchParams(listViewToSearch(view)))).toEqual(view);
      expect(listTicketsParamsSchema.safeParse(listViewToParams(view)).success).toBe(true);
    }
  });

  it('"today" is the local day of now, start to end', () => {
    const { today } = quickViews(new Date(2026, 4, 6, 23, 59));
    expect(today).toMatchObject({ startedAfter: '2026-05-06', endedBefore: '2026-05-06' });
  });
});

describe('views per role', () => {
  const now = new Date(2026, 4, 6, 9, 41);
  const none = { stateFilter: false, startedBeforeFilter: false, userScopes: false, allServices: false };

  it("scopes the team's views to the role: a supervisor's today is his groups', an admin's the enterprise's", () => {
    expect(quickViews(now, 25, 'agent').today.user).toBeUndefined();
    expect(quickViews(now, 25, 'supervisor').today.user).toBe('visible');
    expect(quickViews(now, 25, 'admin').today.user).toBe('all');
    expect(quickViews(now, 25, 'admin').recentlyClosed.user).toBe('all');
    expect(quickViewIds('agent')[0]).toBe('myOpen');
    expect(quickViewIds('supervisor')[0]).toBe('active');
    expect(quickViewIds(null)[0]).toBe('myOpen');
  });

  it('lands each role on the active tickets it works on, within what upstream can answer', () => {
    const active = ['new', 'open', 'invited', 'inprogress'];
    expect(landingView('agent', ALL_LIST_CAPABILITIES)).toMatchObject({ user: 'visible', states: active });
    expect(landingView('supervisor', ALL_LIST_CAPABILITIES)).toMatchObject({
      user: 'visible',
      states: active,
    });
    expect(landingView('admin', ALL_LIST_CAPABILITIES)).toMatchObject({ user: 'all', states: active });
    expect(listViewToSearch(landingView('agent', none))).toBe('');
    expect(listViewToSearch(landingView('admin', none))).toBe('user=all');
  });
});

describe('quick views against an upstream without our extensions', () => {
  const none = { stateFilter: false, startedBeforeFilter: false, userScopes: false, allServices: false };

  it('only "today" asks nothing upstream lacks; the others need the state filter or a user scope', () => {
    const views = quickViews(new Date(2026, 4, 6, 9, 41));
    const missing = Object.fromEntries(
      Object.entries(views).map(([id, view]) => [id, unsupportedFilters(view, none)]),
    );
    expect(missing).toEqual({
      myOpen: ['states'],
      active: ['states'],
      unassigned: ['states', 'user'],
      today: [],
      upcoming: ['states'],
      recentlyClosed: ['states'],
    });
  });
});

const noExtensions = {
  stateFilter: false,
  startedBeforeFilter: false,
  userScopes: false,
  allServices: false,
};

describe('QuickViews', () => {
  it('are links when upstream has every extension', async () => {
    await renderWithProviders(
      <QuickViewsBar view={DEFAULT_LIST_VIEW} capabilities={ALL_LIST_CAPABILITIES} />,
    );
    expect(screen.getByRole('link', { name: 'My open tickets' })).toHaveAttribute(
      'href',
      expect.stringContaining('state=new,open,invited,inprogress'),
    );
    expect(screen.getAllByRole('link')).toHaveLength(5);
  });

  it('without the state filter, says so on each view that needs it instead of linking to a wrong list', async () => {
    await renderWithProviders(<QuickViewsBar view={DEFAULT_LIST_VIEW} capabilities={noExtensions} />);
    const myOpen = screen.getByRole('button', { name: 'My open tickets' });
    expect(myOpen).toHaveAttribute('aria-disabled', 'true');
    expect(myOpen).toHaveAccessibleDescription('This server cannot filter tickets by state.');
    expect(myOpen).not.toHaveAttribute('href');
    const unassigned = screen.getByRole('button', { name: 'Unassigned in my groups' });
    expect(unassigned).toHaveAttribute('title', expect.stringContaining('cannot list unassigned tickets'));
    // The one view made of documented parameters only stays a link.
    expect(screen.getAllByRole('link').map((link) => link.textContent)).toEqual(['Scheduled today']);
  });

  it('gives the reason in French too', async () => {
    await renderWithProviders(<QuickViewsBar view={DEFAULT_LIST_VIEW} capabilities={noExtensions} />, {
      locale: 'fr',
    });
    expect(screen.getByRole('button', { name: 'Mes tickets ouverts' })).toHaveAccessibleDescription(
      'Ce serveur ne sait pas filtrer les tickets par état.',
    );
  });
});
