/**
 * The list's layout (issue 13 items 1, 2, 7): compact rows and one line of filters, so a 1440×900
 * screen shows 18 tickets; the default columns fit 1280 px; each user's columns and density, kept
 * across a reload; cards and a filters drawer on a phone; a page past the end becomes the last page.
 * Other specs add and delete tickets meanwhile: counts are of this test's own tickets (its marker),
 * or lower bounds over the seeded ones.
 */
import type { Locator, Page } from '@playwright/test';
import { authFile, expect, test } from './fixtures.ts';
import { bodyRows, columnNames, filtersButton, openDisplayOptions, showColumns } from './list-helpers.ts';
import { SCREENSHOTS } from './ticket-form-helpers.ts';

const PHONE = '+33612345678';
const DEFAULT_COLUMNS = ['ID', 'State', 'Subject', 'Requestor', 'Agent', 'Start', 'Modified'];

/** Opens the list at `url` and waits for its rows (table or cards). */
async function openList(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator('[aria-busy="false"]').and(page.locator('table, ul'))).toBeVisible();
}

/** Rows (or cards) wholly inside the viewport and inside the box that scrolls them. */
async function rowsFullyInView(page: Page, rows: Locator): Promise<number> {
  return rows.evaluateAll((elements) => {
    const box = elements[0]?.closest('div[class*="scrollContainer"]')?.getBoundingClientRect();
    const top = Math.max(0, box?.top ?? 0);
    const bottom = Math.min(window.innerHeight, box?.bottom ?? window.innerHeight);
    return elements.filter((element) => {
      const rect = element.getBoundingClientRect();
      return rect.height > 0 && rect.top >= top && rect.bottom <= bottom;
    }).length;
  });
}

async function firstRowHeight(page: Page): Promise<number> {
  const box = await bodyRows(page).first().boundingBox();
  return box?.height ?? 0;
}

/** The table's box scrolls sideways only when its columns are wider than it. */
async function overflowsSideways(page: Page): Promise<boolean> {
  return page
    .getByRole('table')
    .evaluate((table) => table.parentElement!.scrollWidth > table.parentElement!.clientWidth + 1);
}

test.describe('as admin, on a desktop', () => {
  test.use({ storageState: authFile('admin') });

  test('1440×900, compact: one line of filters and at least 18 rows in view', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openList(page, '/tickets?user=all');
    await expect(page.getByRole('table')).toHaveAttribute('data-density', 'compact');
    // The pickers are folded away; the active filter is a chip, removable.
    await expect(page.getByRole('combobox', { name: 'Assigned to', exact: true })).toBeHidden();
    const chips = page.getByRole('group', { name: 'Active filters' });
    await expect(chips.getByText('Assigned to: All users')).toBeVisible();
    await expect(chips.getByRole('button', { name: 'Remove filter Assigned to' })).toBeVisible();
    await expect(filtersButton(page)).toHaveAccessibleName('Filters (1 active)');
    await expect(bodyRows(page)).toHaveCount(25);
    expect(await rowsFullyInView(page, bodyRows(page))).toBeGreaterThanOrEqual(18);
    expect(await firstRowHeight(page)).toBeLessThanOrEqual(38);

    // Every filter stays one click away.
    await filtersButton(page).click();
    for (const name of ['State', 'Assigned to', 'Type', 'Group', 'Service', 'Requestor'])
      await expect(page.getByRole('combobox', { name, exact: true })).toBeVisible();
  });

  test('1280 px: the default columns fit; more columns scroll with a sticky header and ID', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openList(page, '/tickets?user=all');
    expect(await columnNames(page)).toEqual(DEFAULT_COLUMNS);
    expect(await overflowsSideways(page)).toBe(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);

    await showColumns(page, ['Reference', 'Group', 'Type', 'Duration']);
    expect(await columnNames(page)).toEqual([...DEFAULT_COLUMNS, 'Reference', 'Group', 'Type', 'Duration']);
    expect(await overflowsSideways(page)).toBe(true);
    const box = page.getByRole('table').locator('..');
    const idHeader = page.getByRole('columnheader', { name: 'ID' });
    const firstId = bodyRows(page).first().getByRole('cell').first();
    const before = { header: await idHeader.boundingBox(), cell: await firstId.boundingBox() };
    await box.evaluate((element) => element.scrollBy({ left: 400, top: 200 }));
    await expect.poll(() => box.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
    // Scrolled both ways: the header stays on top, the ID column on the left.
    expect((await idHeader.boundingBox())?.x).toBeCloseTo(before.header!.x, 0);
    expect((await idHeader.boundingBox())?.y).toBeCloseTo(before.header!.y, 0);
    expect((await firstId.boundingBox())?.x).toBeCloseTo(before.cell!.x, 0);
  });
});

test.describe('as supervisor, the list at every width in both themes', () => {
  test.use({ storageState: authFile('supervisor') });

  for (const scheme of ['light', 'dark'] as const)
    test(`1280, 1440 and 390 px, ${scheme}: the table fits, the phone gets cards`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      for (const [width, height] of [
        [1280, 800],
        [1440, 900],
        [390, 844],
      ] as const) {
        await page.setViewportSize({ width, height });
        await openList(page, '/tickets?user=visible&state=new,open,invited,inprogress');
        await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
        if (width > 768) expect(await overflowsSideways(page)).toBe(false);
        else await expect(page.getByRole('list', { name: 'Tickets matching the filters' })).toBeVisible();
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        await page.screenshot({ path: `${SCREENSHOTS}/list-${width}-${scheme}.png` });
      }
    });
});

test.describe('as agent1', () => {
  test.use({ storageState: authFile('agent1') });

  test('the column chooser hides and reorders columns with the keyboard; a reload keeps them', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openList(page, '/tickets?user=visible');
    expect(await columnNames(page)).toEqual(DEFAULT_COLUMNS);

    const chooser = await openDisplayOptions(page);
    // Keyboard only: Space toggles the focused checkbox, Enter presses the focused button.
    await chooser.getByRole('checkbox', { name: 'Modified', exact: true }).focus();
    await page.keyboard.press('Space');
    await chooser.getByRole('button', { name: 'Move Agent up' }).focus();
    await page.keyboard.press('Enter');
    // The focus stays on the button pressed, now one row higher: once more moves Agent before Subject.
    await expect(chooser.getByRole('button', { name: 'Move Agent up' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(chooser.getByRole('checkbox', { name: 'Subject', exact: true })).toBeDisabled();
    await page.keyboard.press('Escape');
    await expect(chooser).toBeHidden();
    const chosen = ['ID', 'State', 'Agent', 'Subject', 'Requestor', 'Start'];
    expect(await columnNames(page)).toEqual(chosen);

    await page.reload();
    await expect(page.getByRole('table')).toHaveAttribute('aria-busy', 'false');
    expect(await columnNames(page)).toEqual(chosen);

    // Someone else in this browser keeps their own columns.
    const other = await page
      .context()
      .browser()!
      .newContext({ storageState: authFile('admin') });
    const otherPage = await other.newPage();
    await otherPage.addInitScript(
      ([key, value]) => localStorage.setItem(key!, value!),
      await page.evaluate(() => {
        const key = Object.keys(localStorage).find((name) => name.startsWith('apizee.ticket-list.display.'));
        return [key, localStorage.getItem(key!)] as [string, string];
      }),
    );
    await openList(otherPage, '/tickets?user=all');
    expect(await columnNames(otherPage)).toEqual(DEFAULT_COLUMNS);
    await other.close();

    await (await openDisplayOptions(page)).getByRole('button', { name: 'Default columns' }).click();
    await page.keyboard.press('Escape');
    expect(await columnNames(page)).toEqual(DEFAULT_COLUMNS);
  });

  test('comfortable density has taller rows, and is remembered', async ({ page, marker, tickets }) => {
    const long = `${marker} ${'the customer says the boiler stops after a few minutes '.repeat(3)}`.trim();
    await tickets.create({ phone: PHONE, subject: long, agent: 'agent1' });
    await openList(page, `/tickets?search=${marker}`);
    await expect(bodyRows(page)).toHaveCount(1);
    const compact = await firstRowHeight(page);
    expect(compact).toBeLessThanOrEqual(38);
    // Compact, the long subject is cut to one line, and its tooltip (title) holds all of it.
    const link = bodyRows(page).first().getByRole('link', { name: long });
    await expect(link).toHaveAttribute('title', long);
    const cut = await link.evaluate((element) => {
      const text = element.firstElementChild as HTMLElement;
      return text.scrollWidth > text.clientWidth;
    });
    expect(cut).toBe(true);

    await (await openDisplayOptions(page)).getByRole('radio', { name: 'Comfortable' }).check();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('table')).toHaveAttribute('data-density', 'comfortable');
    await expect.poll(() => firstRowHeight(page)).toBeGreaterThan(compact + 12);
    await page.reload();
    await expect(page.getByRole('table')).toHaveAttribute('data-density', 'comfortable');
  });

  test('paging past the end lands on the last page, in place, with a true range', async ({
    page,
    marker,
    tickets,
  }) => {
    await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        tickets.create({ phone: PHONE, subject: `${marker} page ${index + 1}`, agent: 'agent1' }),
      ),
    );
    await openList(page, `/tickets?search=${marker}&limit=10`);
    await expect(page.getByText('1–10 of 12')).toBeVisible();
    await page.goto(`/tickets?search=${marker}&limit=10&page=9`);
    await expect(page).toHaveURL(/[?&]page=2(&|$)/);
    await expect(page.getByText('11–12 of 12')).toBeVisible();
    await expect(bodyRows(page)).toHaveCount(2);
    await expect(page.getByRole('button', { name: 'Page 2', exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    );
    // The URL was corrected, not added to: Back returns to the first page, not to page 9.
    await page.goBack();
    await expect(page).not.toHaveURL(/[?&]page=/);
    await expect(page.getByText('1–10 of 12')).toBeVisible();

    // Nothing matches: the empty state on page 1.
    await page.goto(`/tickets?search=${marker}nothing&page=4`);
    await expect(page).not.toHaveURL(/[?&]page=/);
    await expect(page.getByText('No tickets', { exact: true })).toBeVisible();
  });
});

test.describe('as agent1, on a phone', () => {
  test.use({ storageState: authFile('agent1'), viewport: { width: 390, height: 844 }, hasTouch: true });

  test('cards in one column, the first in view, and the filters in a drawer', async ({
    page,
    marker,
    tickets,
  }) => {
    const ticket = await tickets.create({ phone: PHONE, subject: `${marker} on a phone`, agent: 'agent1' });
    await openList(page, `/tickets?search=${marker}&state=new`);
    await expect(page.getByRole('table')).toHaveCount(0);
    const cards = page.getByRole('list', { name: 'Tickets matching the filters' }).getByRole('listitem');
    await expect(cards).toHaveCount(1);
    const card = cards.first();
    await expect(card).toHaveAttribute('data-ticket-id', String(ticket.id));
    await expect(card.getByRole('link', { name: ticket.subject })).toHaveAttribute(
      'href',
      `/tickets/${ticket.id}`,
    );
    // State, subject, requestor, start time and agent.
    await expect(card).toContainText('New');
    // The requestor as the list names them: the contact's name once one is known for the phone.
    const requestor = ticket.requestor!;
    await expect(card).toContainText(
      [requestor.firstname, requestor.name].filter(Boolean).join(' ') || PHONE,
    );
    await expect(card).toContainText(`${ticket.agent!.firstname} ${ticket.agent!.lastname}`);
    await expect(card.locator(`time[datetime="${ticket.start_time}"]`)).toBeVisible();
    expect(await rowsFullyInView(page, cards)).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    // The filters: a button with how many are set, opening a drawer with every picker.
    await expect(filtersButton(page)).toHaveAccessibleName('Filters (1 active)');
    await filtersButton(page).click();
    const drawer = page.getByRole('dialog', { name: 'Filters' });
    await expect(drawer).toBeVisible();
    await expect(drawer.getByRole('combobox', { name: 'Assigned to', exact: true })).toBeVisible();
    await drawer.getByRole('button', { name: 'Remove filter State' }).click();
    await expect(page).not.toHaveURL(/[?&]state=/);
    await drawer.getByRole('button', { name: 'Show the tickets' }).click();
    await expect(drawer).toBeHidden();
    await expect(filtersButton(page)).toHaveAccessibleName('Filters');
    await expect(cards).toHaveCount(1);
  });
});
