import type { Locator, Page } from '@playwright/test';
import { authFile, expect, test } from './fixtures.ts';

/** Columns of the list, in order (0-based cell index). */
const COL = { id: 0, state: 1, subject: 2, reference: 3, requestor: 4, agent: 5, group: 6 } as const;

function bodyRows(page: Page): Locator {
  return page.getByRole('table').getByRole('rowgroup').nth(1).getByRole('row');
}

/** The cell texts of one column once the list shows fresh rows (not a previous page kept on screen). */
async function columnTexts(page: Page, column: number): Promise<string[]> {
  await expect(page.getByRole('table')).toHaveAttribute('aria-busy', 'false');
  const texts = await bodyRows(page)
    .locator(`td:nth-child(${column + 1})`)
    .allInnerTexts();
  return texts.map((text) => text.split('\n')[0]!.trim());
}

/** Runs an action that changes the list view and waits for the list call it causes. */
async function listLoads(page: Page, action: () => Promise<unknown>, params: RegExp): Promise<void> {
  const loaded = page.waitForResponse(
    (response) =>
      /\/api\/v3\/tickets\?/.test(response.url()) && params.test(decodeURIComponent(response.url())),
  );
  await action();
  expect((await loaded).status()).toBe(200);
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

test.describe('as agent1', () => {
  test.use({ storageState: authFile('agent1') });

  test('sees only their own tickets by default', async ({ page }) => {
    await listLoads(page, () => page.goto('/tickets'), /limit=25/);
    const user = await me(page);
    await expect(page.getByRole('heading', { name: 'Tickets', level: 1 })).toBeVisible();
    await expect(picker(page, 'Assigned to')).toHaveValue('My tickets');
    const agents = await columnTexts(page, COL.agent);
    expect(agents.length).toBeGreaterThan(0);
    for (const agent of agents) expect(agent).toBe(`${user.firstname} ${user.lastname}`);
    const api = await page.request.get('/api/v3/tickets?limit=1');
    expect(await totalShown(page)).toBe(((await api.json()) as { total: number }).total);
  });

  test('filters by state and by search, sorts by a column, pages, and Back restores the view', async ({
    page,
  }) => {
    await listLoads(page, () => page.goto('/tickets'), /limit=25/);
    await listLoads(page, () => pick(page, 'State', 'Open'), /state=open(&|$)/);
    await listLoads(page, () => pick(page, 'State', 'New'), /state=open,new/);
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/[?&]state=open,new(&|$)/);
    for (const state of await columnTexts(page, COL.state)) expect(['Open', 'New']).toContain(state);
    await expect(
      page.getByRole('group', { name: 'Active filters' }).getByText('State: Open, New'),
    ).toBeVisible();

    // Search is debounced and lands in the URL; the total matches upstream's for the same parameters.
    // Other specs may have created tickets without a subject ("Ticket #12"): take a real subject's word.
    const subjects = await columnTexts(page, COL.subject);
    const word = subjects
      .filter((subject) => !/^Ticket #\d+$/.test(subject))
      .flatMap((subject) => subject.split(/\s+/))
      .find((part) => /^\p{L}{5,}$/u.test(part))!;
    const search = page.getByRole('searchbox', { name: 'Search' });
    await listLoads(page, () => search.fill(word), new RegExp(`search=${word}`));
    await expect(page).toHaveURL(new RegExp(`search=${word}`));
    const api = await page.request.get(
      `/api/v3/tickets?limit=1&state=open,new&search=${encodeURIComponent(word)}`,
    );
    expect(await totalShown(page)).toBe(((await api.json()) as { total: number }).total);
    for (const state of await columnTexts(page, COL.state)) expect(['Open', 'New']).toContain(state);

    // Sort by reference: first click descending, second ascending, each visible in aria-sort.
    await search.fill('');
    await expect(page).not.toHaveURL(/search=/);
    const referenceHeader = page.getByRole('columnheader', { name: 'Reference' });
    await listLoads(page, () => referenceHeader.getByRole('button').click(), /orderby=reference&order=desc/);
    await expect(referenceHeader).toHaveAttribute('aria-sort', 'descending');
    // Tickets other specs created without a reference show "—": an empty reference sorts last.
    const descending = (await columnTexts(page, COL.reference)).map((text) => (text === '—' ? '' : text));
    expect(descending).toEqual([...descending].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0)));
    await listLoads(page, () => referenceHeader.getByRole('button').click(), /orderby=reference&order=asc/);
    await expect(referenceHeader).toHaveAttribute('aria-sort', 'ascending');
    await expect(page).toHaveURL(/order=asc/);

    // Pages of 10, over all of my tickets (more than one page).
    await listLoads(
      page,
      () => page.getByRole('button', { name: 'Remove filter State' }).click(),
      /order=asc/,
    );
    await expect(page).not.toHaveURL(/state=/);
    await listLoads(page, () => page.getByLabel('Rows per page').selectOption('10'), /limit=10&offset=0/);
    await expect(page).toHaveURL(/limit=10/);
    const total = await totalShown(page);
    expect(total).toBeGreaterThan(10);
    const firstPage = await columnTexts(page, COL.id);
    expect(firstPage).toHaveLength(10);
    await page.getByRole('button', { name: 'Page 2', exact: true }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page.getByText(`11–${Math.min(20, total)} of ${total}`)).toBeVisible();
    const secondPage = await columnTexts(page, COL.id);
    expect(secondPage.some((id) => firstPage.includes(id))).toBe(false);

    // Back walks to the previous view: page 1, same filters and sort.
    await page.goBack();
    await expect(page).not.toHaveURL(/page=2/);
    await expect(page).toHaveURL(/orderby=reference/);
    await expect.poll(() => columnTexts(page, COL.id)).toEqual(firstPage);
    await page.goBack();
    await expect(page).not.toHaveURL(/limit=10/);
    await expect(page.getByLabel('Rows per page')).toHaveValue('25');
  });

  test('is offered no "All users", and user=all in a link is dropped', async ({ page }) => {
    await page.goto('/tickets?user=all&state=open');
    await expect(page).toHaveURL(/\/tickets\?state=open$/);
    await picker(page, 'Assigned to').click();
    await expect(page.getByRole('option', { name: 'Everything I can see' })).toBeVisible();
    await expect(page.getByRole('option', { name: 'Unassigned', exact: true })).toBeVisible();
    await expect(page.getByRole('option', { name: 'All users' })).toHaveCount(0);
  });

  test('the quick view "Unassigned in my groups" shows unassigned tickets only', async ({ page }) => {
    await listLoads(page, () => page.goto('/tickets'), /limit=25/);
    const link = page.getByRole('link', { name: 'Unassigned in my groups' });
    await listLoads(page, () => link.click(), /user=unassigned/);
    await expect(link).toHaveAttribute('aria-current', 'page');
    const agents = await columnTexts(page, COL.agent);
    expect(agents.length).toBeGreaterThan(0);
    for (const agent of agents) expect(agent).toBe('Unassigned');
  });

  test('reads in French and in dark mode, remembered after reload', async ({ page }) => {
    await listLoads(page, () => page.goto('/tickets'), /limit=25/);
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

  test('a row is a real link: Enter on it opens the ticket', async ({ page }) => {
    await listLoads(page, () => page.goto('/tickets'), /limit=25/);
    const firstLink = bodyRows(page).first().getByRole('link');
    const id = (await columnTexts(page, COL.id))[0]!;
    await expect(firstLink).toHaveAttribute('href', `/tickets/${id}`);
    await firstLink.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/tickets/${id}$`));
  });
});

test.describe('as admin', () => {
  test.use({ storageState: authFile('admin') });

  test('uses "All users", then filters by group and by a user', async ({ page }) => {
    await listLoads(page, () => page.goto('/tickets'), /limit=25/);
    const mine = await totalShown(page);
    await listLoads(page, () => pick(page, 'Assigned to', 'All users'), /user=all/);
    await expect(page).toHaveURL(/user=all/);
    expect(await totalShown(page)).toBeGreaterThan(mine);

    await page.getByRole('button', { name: 'More filters' }).click();
    await listLoads(page, () => pick(page, 'Group', 'Support'), /group=\d+/);
    await expect(page).toHaveURL(/group=\d+/);
    for (const group of await columnTexts(page, COL.group)) expect(group).toBe('Support');

    await listLoads(page, () => pick(page, 'Assigned to', 'Julie Martin'), /user=\d+/);
    await expect(page).toHaveURL(/user=\d+/);
    const agents = await columnTexts(page, COL.agent);
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
  await expect(page.getByRole('columnheader', { name: 'ID' })).toHaveAttribute('aria-sort', 'ascending');
  for (const state of await columnTexts(page, COL.state)) expect(state).toBe('Done');

  await page.getByRole('button', { name: /Account menu/ }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
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
