/**
 * The list with the keyboard alone (issue 13 item 3): search, move, assign to me, change the state,
 * open and come back, all without the mouse; the cheat sheet; the command palette by number and by
 * reference; g n; keys typed in the search stay text. axe with the cheat sheet and the palette open,
 * and screenshots of both at 1280 and 390 px in both themes.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { authFile, expect, test } from './fixtures.ts';
import { getTicket, SCREENSHOTS } from './ticket-form-helpers.ts';

const PHONE = '+33612345678';

const announcer = (page: Page) => page.locator('#keyboard-announcer');
const focusedRowId = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.ticketId ?? null);

async function openList(page: Page, url: string) {
  const loaded = page.waitForResponse((response) => /\/api\/v3\/tickets\?/.test(response.url()));
  await page.goto(url);
  await loaded;
  await expect(page.locator('main [data-ticket-id]').first()).toBeVisible();
  await keyboardReady(page);
}

/**
 * The shortcuts load just after first paint (they are not needed to paint the rows): keys pressed
 * before are not taken. Ready once the live region (global keys) and the roving row (list keys) are.
 */
async function keyboardReady(page: Page) {
  await expect(page.locator('#keyboard-announcer')).toBeAttached();
  await expect(page.locator('main [data-ticket-id][tabindex="0"]:visible')).toHaveCount(1);
}

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
}

test.use({ storageState: authFile('agent1') });

test('keyboard-only triage: search, move, assign to me, change the state, open and come back', async ({
  page,
  tickets,
  marker,
}) => {
  test.setTimeout(90_000);
  const support = await tickets.groupId('Support');
  const made = await Promise.all(
    [1, 2, 3].map((n) =>
      tickets.create(
        { phone: PHONE, subject: `${marker} key ${n}`, group: support, state: 'open' },
        // Made by agent1: their own upstream answer puts them in their store in both profiles.
        { as: 'agent1' },
      ),
    ),
  );
  // In the strict profile the gateway's store learns of them by the stand-in's webhooks: once agent1's
  // own list shows all three, the search below can find them.
  await expect
    .poll(async () => {
      const response = await page.request.get(`/api/v3/tickets?search=${marker}&user=visible`);
      return ((await response.json()) as { total?: number }).total;
    })
    .toBe(3);
  await openList(page, '/tickets?user=visible');

  // `/` goes to the search; Enter searches, Esc comes back to the rows.
  await page.keyboard.press('/');
  const search = page.getByRole('searchbox', { name: 'Search' });
  await expect(search).toBeFocused();
  const searched = page.waitForResponse(
    (response) => response.url().includes(`search=${marker}`) && response.status() === 200,
  );
  await page.keyboard.type(marker);
  await page.keyboard.press('Enter');
  await searched;
  await expect(page.locator('main [data-ticket-id]:visible')).toHaveCount(3);
  await page.keyboard.press('Escape');
  await expect(search).toHaveValue(marker);
  const rows = page.locator('main [data-ticket-id]:visible');
  await expect(rows.first()).toBeFocused();
  await expect(announcer(page)).toHaveText(/, 1 of 3$/);

  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await expect(rows.nth(2)).toBeFocused();
  const id = Number(await focusedRowId(page));
  const ticket = made.find((candidate) => candidate.id === id)!;
  expect(ticket, 'the third row is one of the tickets made').toBeDefined();
  await expect(announcer(page)).toHaveText(`Ticket ${id}, ${ticket.subject}, 3 of 3`);
  // x selects the focused ticket (its checkbox says so) and x again deselects it.
  const checkbox = rows.nth(2).getByRole('checkbox', { name: `Select ticket #${id}` });
  await page.keyboard.press('x');
  await expect(checkbox).toBeChecked();
  await expect(announcer(page)).toHaveText(`Ticket ${id} selected`);
  await page.keyboard.press('x');
  await expect(checkbox).not.toBeChecked();
  await expect(announcer(page)).toHaveText(`Ticket ${id} deselected`);
  await expect(rows.nth(2)).toBeFocused();
  // One row at a time in the Tab order.
  await expect(page.locator('main [data-ticket-id][tabindex="0"]')).toHaveCount(1);

  // a: assigned to me, with the Undo notice, and the row says so.
  await page.keyboard.press('a');
  const notice = page.getByRole('alert').filter({ hasText: 'The ticket is now yours.' });
  await expect(notice).toBeVisible();
  await expect(notice.getByRole('button', { name: 'Undo' })).toBeVisible();
  await expect.poll(async () => (await getTicket(page.request, id)).agent?.username).toBe('agent1');
  await expect(rows.nth(2)).toContainText('Julie Martin');

  // s: the state menu of that row, driven with the arrows and Enter.
  await rows.nth(2).focus();
  await page.keyboard.press('s');
  const menu = page.getByRole('menu', { name: `Change the state of ticket ${id}` });
  await expect(menu).toBeVisible();
  const items = menu.getByRole('menuitem');
  await page.screenshot({ path: `${SCREENSHOTS}/keyboard-state-menu-1280-light.png` });
  const first = (await items.first().textContent())!.trim();
  await page.keyboard.press('ArrowDown');
  await expect(items.first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(menu).toBeHidden();
  await expect(page.getByRole('alert').filter({ hasText: `State changed to “${first}”` })).toBeVisible();
  await expect(rows.nth(2)).toBeFocused();
  await expect.poll(async () => (await getTicket(page.request, id)).state).not.toBe(ticket.state);

  // o opens it; Back (the browser's) puts the focus on the row again.
  await page.keyboard.press('o');
  await expect(page).toHaveURL(new RegExp(`/tickets/${id}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(ticket.subject);
  // The browser's Back (Alt+←, which headless Chromium does not bind: its history instead).
  await page.goBack();
  await expect(page).toHaveURL(/\/tickets\?/);
  const row = page.locator(`main [data-ticket-id="${id}"]:visible`);
  await expect(row).toBeFocused();
  await expect(announcer(page)).toHaveText(new RegExp(`^Ticket ${id}, `));

  // And the app's own "Back to the list", reached with Tab.
  await page.keyboard.press('o');
  await expect(page).toHaveURL(new RegExp(`/tickets/${id}$`));
  const back = page.getByRole('link', { name: 'Back to the list' });
  await expect(back).toBeVisible();
  for (
    let tabs = 0;
    tabs < 40 && !(await back.evaluate((link) => link === document.activeElement));
    tabs += 1
  )
    await page.keyboard.press('Tab');
  await expect(back).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/tickets\?/);
  await expect(row).toBeFocused();
});

test('? shows the cheat sheet and Esc closes it', async ({ page }) => {
  await openList(page, '/tickets');
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole('row', { name: /Assign the ticket to me/ })).toContainText('a');
  await expect(sheet.getByRole('row', { name: /Go to the ticket list/ }).locator('kbd')).toHaveText([
    'g',
    'l',
  ]);
  // An agent has no supervision: its shortcut is not listed.
  await expect(sheet.getByText('Go to supervision')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
});

test('Ctrl+K jumps to a ticket by its number and by its reference', async ({ page, tickets, marker }) => {
  const ticket = await tickets.create({
    phone: PHONE,
    subject: `${marker} palette`,
    reference: `${marker}-ref`,
    agent: 'agent1',
    state: 'open',
  });
  await openList(page, '/tickets');
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette).toBeVisible();
  const input = palette.getByRole('textbox', { name: 'Command palette' });
  await expect(input).toBeFocused();
  await page.keyboard.type(`#${ticket.id}`);
  await expect(palette.getByRole('button', { name: `Open ticket #${ticket.id}` })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/tickets/${ticket.id}$`));
  await expect(palette).toBeHidden();

  await page.keyboard.press('Control+k');
  await expect(input).toBeFocused();
  await expect(input).toHaveValue('');
  const lookups: string[] = [];
  page.on('request', (request) => {
    if (/\/api\/v3\/tickets\?.*search=/.test(request.url())) lookups.push(request.url());
  });
  await page.keyboard.type(`${marker}-ref`, { delay: 20 });
  const found = palette.getByRole('button', { name: new RegExp(`#${ticket.id} ${marker} palette`) });
  await expect(found).toBeVisible();
  // Debounced: one look-up for the whole word, not one a keystroke.
  expect(lookups.length).toBeLessThanOrEqual(2);
  // The arrows move to it, wherever it lands among the palette's items (Spotlight marks it data-selected).
  for (let step = 0; step < 10 && (await found.getAttribute('data-selected')) === null; step += 1)
    await page.keyboard.press('ArrowDown');
  await expect(found).toHaveAttribute('data-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/tickets/${ticket.id}$`));
});

test('g n opens the new-ticket form, g s is not for an agent; letters typed in the search stay text', async ({
  page,
}) => {
  await openList(page, '/tickets');
  // An agent has no supervision: g s says so and stays.
  await page.keyboard.press('g');
  await page.keyboard.press('s');
  await expect(announcer(page)).toHaveText('Supervision is for supervisors and admins');
  await expect(page).toHaveURL(/\/tickets(\?|$)/);
  const search = page.getByRole('searchbox', { name: 'Search' });
  await page.keyboard.press('/');
  await expect(search).toBeFocused();
  await page.keyboard.type('g n?jx');
  await expect(search).toHaveValue('g n?jx');
  // The search is what they did: it lists nothing, and no shortcut went off.
  await expect(page.getByText('No tickets', { exact: true })).toBeVisible();
  await expect(page).toHaveURL(/\/tickets\?.*search=g\+n%3Fjx/);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  // Esc leaves the field (for the page: there are no rows to go to), and the keys work again.
  await search.press('Escape');
  await expect(search).not.toBeFocused();
  await expect(search).toHaveValue('g n?jx');
  await page.keyboard.press('g');
  await page.keyboard.press('n');
  await expect(page).toHaveURL(/\/tickets\/new$/);
  await expect(page.getByRole('heading', { name: 'New ticket' })).toBeVisible();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the cheat sheet and the palette have no serious accessibility violation (${scheme})`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme: scheme });
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: width > 500 ? 900 : 844 });
      await openList(page, '/tickets');
      await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
      await page.keyboard.press('?');
      const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
      await expect(sheet).toBeVisible();
      await page.screenshot({ path: `${SCREENSHOTS}/keyboard-cheat-sheet-${width}-${scheme}.png` });
      if (width > 500) await expectNoSeriousViolations(page);
      await page.keyboard.press('Escape');
      await expect(sheet).toBeHidden();

      await page.keyboard.press('j');
      await expect(page.locator('main [data-ticket-id]:visible').first()).toBeFocused();
      await page.screenshot({ path: `${SCREENSHOTS}/keyboard-row-focus-${width}-${scheme}.png` });
      await page.keyboard.press('Control+k');
      const palette = page.getByRole('dialog', { name: 'Command palette' });
      await expect(palette).toBeVisible();
      await expect(palette.getByRole('button', { name: 'Ticket list' })).toBeVisible();
      await page.screenshot({ path: `${SCREENSHOTS}/keyboard-palette-${width}-${scheme}.png` });
      if (width > 500) await expectNoSeriousViolations(page);
      await page.keyboard.press('Escape');
      await expect(palette).toBeHidden();
    }
  });
}
