/**
 * The ticket list. Other specs create, change and delete tickets while this one runs: a test counts
 * and orders only the tickets it made (found by its marker), and checks properties (every row is
 * mine, every row is Done…) of the rest. Both profiles alike: against the strict stand-in, which has no
 * state filter nor scopes, the gateway's store answers them.
 */
import type { Locator, Page } from '@playwright/test';
import { authFile, expect, test } from './fixtures.ts';
import { bodyRows, columnTexts, openFilters, showColumns } from './list-helpers.ts';

const PHONE = '+33612345678';

/** Runs an action that changes the list view, waits for the list call it causes and returns its answer. */
async function listLoads(
  page: Page,
  action: () => Promise<unknown>,
  params: RegExp,
): Promise<{ total: number; data: { id: number }[] }> {
  const loaded = page.waitForResponse(
    (response) =>
      /\/api\/v3\/tickets\?/.test(response.url()) && params.test(decodeURIComponent(response.url())),
  );
  await action();
  const response = await loaded;
  expect(response.status()).toBe(200);
  return (await response.json()) as { total: number; data: { id: number }[] };
}

async function me(page: Page): Promise<{ id: number; firstname: string; lastname: string }> {
  const response = await page.request.get('/auth/session');
  return (await response.json()) as { id: number; firstname: string; lastname: string };
}

async function totalShown(page: Page): Promise<number> {
  const text = await page.getByText(/^[\d,\u00a0\u202f ]+ tickets?$/).innerText();
  return Number(text.replace(/\D/g, ''));
}

function picker(page: Page, label: string): Locator {
  return page.getByRole('combobox', { name: label, exact: true });
}

async function pick(page: Page, label: string, option: string): Promise<void> {
  // A multi-select stays open after a pick: click only to open it.
  if ((await picker(page, label).getAttribute('aria-expanded')) !== 'true') await picker(page, label).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/**
 * Opens the list as a sign-in does (the role's landing view), then "Reset filters": the user's own
 * tickets, every state, which the tests below start from, with the filter pickers unfolded.
 */
async function openMyTickets(page: Page): Promise<{ total: number; data: { id: number }[] }> {
  await page.goto('/tickets');
  // The landing view has filters for every role (scope and active states).
  await expect(page).toHaveURL(/\/tickets\?/);
  await expect(page.getByRole('table')).toHaveAttribute('aria-busy', 'false');
  const reset = page.getByRole('button', { name: 'Reset filters' }).first();
  // Only "My tickets" (no scope, no state): a refetch of the landing view may answer meanwhile.
  const answer = await listLoads(page, () => reset.click(), /^(?!.*[?&](user|state)=).*limit=25/);
  await openFilters(page);
  return answer;
}

test.describe('as agent1', () => {
  test.use({ storageState: authFile('agent1') });

  test('lands on every active ticket they may see; "My tickets" shows only their own', async ({
    page,
    marker,
    tickets,
  }) => {
    const support = await tickets.groupId('Support');
    await tickets.create({ phone: PHONE, subject: `${marker} mine`, agent: 'agent1' });
    await tickets.create({ phone: PHONE, subject: `${marker} unassigned`, group: support });
    await tickets.create({ phone: PHONE, subject: `${marker} theirs`, agent: 'agent2', group: support });

    await listLoads(page, () => page.goto('/tickets'), /limit=25/);
    // The landing: his own and his groups' unassigned tickets, still to be worked on.
    await expect(page).toHaveURL(/[?&]user=visible(&|$)/);
    await openFilters(page);
    await expect(picker(page, 'Assigned to')).toHaveValue('Everything I can see');
    for (const state of await columnTexts(page, 'State')) {
      expect(['New', 'Open', 'Invited', 'In progress']).toContain(state);
    }
    const answer = await openMyTickets(page);
    const user = await me(page);
    await expect(page.getByRole('heading', { name: 'Tickets', level: 1 })).toBeVisible();
    await expect(picker(page, 'Assigned to')).toHaveValue('My tickets');
    const agents = await columnTexts(page, 'Agent');
    expect(agents.length).toBeGreaterThan(0);
    for (const agent of agents) expect(agent).toBe(`${user.firstname} ${user.lastname}`);
    // The total shown is the one the page was given (other specs change the count meanwhile).
    await expect.poll(() => totalShown(page)).toBe(answer.total);

    // Of the three marked tickets, agent1 can see two and has one.
    await listLoads(page, () => page.getByRole('searchbox', { name: 'Search' }).fill(marker), /search=/);
    await expect(bodyRows(page)).toHaveCount(1);
    await expect(bodyRows(page).first()).toContainText(`${marker} mine`);
    await expect(page.getByText(/^1 ticket$/)).toBeVisible();
  });

  test('filters by state and by search, sorts by a column, pages, and Back restores the view', async ({
    page,
    marker,
    tickets,
  }) => {
    // Twelve tickets of agent1's: 3 open, 2 new, 7 done, references in creation order.
    const states = [
      'open',
      'new',
      'done',
      'open',
      'done',
      'new',
      'done',
      'open',
      'done',
      'done',
      'done',
      'done',
    ];
    const mine = await Promise.all(
      states.map((state, index) => {
        const n = String(index + 1).padStart(2, '0');
        return tickets.create({
          phone: PHONE,
          subject: `${marker} case ${n}`,
          reference: `${marker}-${n}`,
          agent: 'agent1',
          state,
        });
      }),
    );
    const referencesOf = (selected: typeof mine) => selected.map((ticket) => ticket.reference).sort();
    // The strict stand-in may say `opened` for open.
    const openOrNew = mine.filter((ticket) => ['open', 'opened', 'new'].includes(ticket.state));

    const expected = openOrNew;
    await openMyTickets(page);
    await showColumns(page, ['Reference']);
    await listLoads(page, () => pick(page, 'State', 'Open'), /state=open(&|$)/);
    await listLoads(page, () => pick(page, 'State', 'New'), /state=open,new/);
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/[?&]state=open,new(&|$)/);
    for (const state of await columnTexts(page, 'State')) expect(['Open', 'New']).toContain(state);
    await expect(
      page.getByRole('group', { name: 'Active filters' }).getByText('State: Open, New'),
    ).toBeVisible();

    // Search is debounced and lands in the URL: only the (open and new) tickets of this test are left.
    const search = page.getByRole('searchbox', { name: 'Search' });
    await listLoads(page, () => search.fill(marker), new RegExp(`search=${marker}`));
    await expect(page).toHaveURL(new RegExp(`search=${marker}`));
    await expect.poll(() => totalShown(page)).toBe(expected.length);
    expect((await columnTexts(page, 'Reference')).sort()).toEqual(referencesOf(expected));
    for (const state of await columnTexts(page, 'State')) expect(['Open', 'New']).toContain(state);

    // Sort by reference: first click descending, second ascending, each visible in aria-sort.
    const referenceHeader = page.getByRole('columnheader', { name: 'Reference' });
    await listLoads(page, () => referenceHeader.getByRole('button').click(), /orderby=reference&order=desc/);
    await expect(referenceHeader).toHaveAttribute('aria-sort', 'descending');
    expect(await columnTexts(page, 'Reference')).toEqual(referencesOf(expected).reverse());
    await listLoads(page, () => referenceHeader.getByRole('button').click(), /orderby=reference&order=asc/);
    await expect(referenceHeader).toHaveAttribute('aria-sort', 'ascending');
    await expect(page).toHaveURL(/order=asc/);
    expect(await columnTexts(page, 'Reference')).toEqual(referencesOf(expected));

    // Pages of 10, over all twelve: 10 on the first page, 2 on the second, none on both.
    await listLoads(
      page,
      () => page.getByRole('button', { name: 'Remove filter State' }).click(),
      /order=asc/,
    );
    await expect(page).not.toHaveURL(/state=/);
    await listLoads(page, () => page.getByLabel('Rows per page').selectOption('10'), /limit=10&offset=0/);
    await expect(page).toHaveURL(/limit=10/);
    await expect.poll(() => totalShown(page)).toBe(mine.length);
    const firstPage = await columnTexts(page, 'Reference');
    expect(firstPage).toEqual(referencesOf(mine).slice(0, 10));
    // The next page may be prefetched already: wait for the rows, not for a call.
    await page.getByRole('button', { name: 'Page 2', exact: true }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page.getByText(`11–12 of ${mine.length}`)).toBeVisible();
    await expect.poll(() => columnTexts(page, 'Reference')).toEqual(referencesOf(mine).slice(10));

    // Back walks to the previous view: page 1, same filters and sort.
    await page.goBack();
    await expect(page).not.toHaveURL(/page=2/);
    await expect(page).toHaveURL(/orderby=reference/);
    await expect.poll(() => columnTexts(page, 'Reference')).toEqual(firstPage);
    await page.goBack();
    await expect(page).not.toHaveURL(/limit=10/);
    await expect(page.getByLabel('Rows per page')).toHaveValue('25');
  });

  test('is offered no "All users", and user=all in a link is dropped', async ({ page }) => {
    await page.goto('/tickets?user=all&state=open');
    await expect(page).toHaveURL(/\/tickets\?state=open$/);
    await openFilters(page);
    await picker(page, 'Assigned to').click();
    const scope = (label: string) => page.getByRole('option', { name: label, exact: true });
    await expect(scope('Everything I can see')).toBeVisible();
    await expect(scope('Unassigned')).toBeVisible();
    await expect(page.getByRole('option', { name: 'All users' })).toHaveCount(0);
  });

  test('the quick view "Unassigned in my groups" shows unassigned tickets only', async ({
    page,
    marker,
    tickets,
  }) => {
    const support = await tickets.groupId('Support');
    const unassigned = await tickets.create({ phone: PHONE, subject: `${marker} nobody's`, group: support });
    await tickets.create({ phone: PHONE, subject: `${marker} mine`, agent: 'agent1', group: support });

    await listLoads(page, () => page.goto('/tickets'), /limit=25/);
    const link = page.getByRole('link', { name: 'Unassigned in my groups' });
    await listLoads(page, () => link.click(), /user=unassigned/);
    await expect(link).toHaveAttribute('aria-current', 'page');
    const agents = await columnTexts(page, 'Agent');
    expect(agents.length).toBeGreaterThan(0);
    for (const agent of agents) expect(agent).toBe('Unassigned');

    // Of the two marked tickets of the Support group, only the unassigned one.
    await listLoads(
      page,
      () => page.getByRole('searchbox', { name: 'Search' }).fill(marker),
      /user=unassigned.*search=|search=.*user=unassigned/,
    );
    expect(await columnTexts(page, 'Subject')).toEqual([unassigned.subject]);
    expect(await columnTexts(page, 'Agent')).toEqual(['Unassigned']);
  });

  test('reads in French and in dark mode, remembered after reload', async ({ page }) => {
    await openMyTickets(page);
    const user = await me(page);
    await expect(bodyRows(page).first()).toBeVisible();
    await page.screenshot({ path: 'test-results/screenshots/list-light.png' });

    await page.getByRole('button', { name: /Account menu/ }).click();
    await page.getByRole('menuitem', { name: 'Dark' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
    await page.getByRole('button', { name: /Account menu/ }).click();
    await page.getByRole('menuitem', { name: 'Français' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('columnheader', { name: 'Objet' })).toBeVisible();
    await expect(picker(page, 'Assigné à')).toHaveValue('Mes tickets');

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
    await expect(
      page.getByRole('button', { name: `Menu du compte de ${user.firstname} ${user.lastname}` }),
    ).toBeVisible();
    await page.getByRole('button', { name: /Menu du compte/ }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await expect(page.getByRole('columnheader', { name: 'Subject' })).toBeVisible();
    await expect(bodyRows(page).first()).toBeVisible();
    await page.screenshot({ path: 'test-results/screenshots/list-dark.png' });
  });

  test('a row is a real link: Enter on it opens the ticket', async ({ page, marker, tickets }) => {
    const ticket = await tickets.create({ phone: PHONE, subject: marker, agent: 'agent1' });
    await listLoads(page, () => page.goto(`/tickets?search=${marker}`), /search=/);
    await expect(bodyRows(page)).toHaveCount(1);
    const link = bodyRows(page).first().getByRole('link');
    await expect(link).toHaveAttribute('href', `/tickets/${ticket.id}`);
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/tickets/${ticket.id}$`));
  });
});

test.describe('as admin', () => {
  test.use({ storageState: authFile('admin') });

  test('uses "All users", then filters by group and by a user', async ({ page }) => {
    await openMyTickets(page);
    const mine = await totalShown(page);
    await listLoads(page, () => pick(page, 'Assigned to', 'All users'), /user=all/);
    await expect(page).toHaveURL(/user=all/);
    await expect.poll(() => totalShown(page)).toBeGreaterThan(mine);

    await showColumns(page, ['Group']);
    await listLoads(page, () => pick(page, 'Group', 'Support'), /group=\d+/);
    await expect(page).toHaveURL(/group=\d+/);
    for (const group of await columnTexts(page, 'Group')) expect(group).toBe('Support');

    await listLoads(page, () => pick(page, 'Assigned to', 'Julie Martin'), /user=\d+/);
    await expect(page).toHaveURL(/user=\d+/);
    const agents = await columnTexts(page, 'Agent');
    expect(agents.length).toBeGreaterThan(0);
    for (const agent of agents) expect(agent).toBe('Julie Martin');
    await expect(
      page.getByRole('group', { name: 'Active filters' }).getByText('Assigned to: Julie Martin'),
    ).toBeVisible();

    await page.getByRole('button', { name: 'Reset filters' }).click();
    await expect(page).toHaveURL(/\/tickets$/);
  });
});

test('a deep link with filters survives signing in', async ({ page }) => {
  await page.goto('/tickets?state=done&orderby=id&order=asc');
  await expect(page).toHaveURL(/\/login\?returnTo=/);
  await page.getByLabel('Username').fill('agent2');
  await page.getByLabel('Password', { exact: true }).fill('Demo-pass-1');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/tickets\?state=done&orderby=id&order=asc$/);
  await expect(page.getByRole('group', { name: 'Active filters' }).getByText('State: Done')).toBeVisible();
  for (const state of await columnTexts(page, 'State')) expect(state).toBe('Done');
  await expect(page.getByRole('columnheader', { name: 'ID' })).toHaveAttribute('aria-sort', 'ascending');

  await page.getByRole('button', { name: /Account menu/ }).click();
  await page.getByRole('menuitem', { name: 'Sign out', exact: true }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto('/tickets');
  await expect(page).toHaveURL(/\/login\?returnTo=%2Ftickets$/);
});

test('a wrong password is refused with a clear message', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Username').fill('agent3');
  await page.getByLabel('Password', { exact: true }).fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('Wrong username or password.');
  await expect(page).toHaveURL(/\/login$/);
});
