/**
 * Saved views and the CSV of the list (issue 13 items 5, 6): a view saved from a filtered list is
 * pinned in the navigation with its live count, follows the user to a fresh browser (it is in the
 * gateway's store, not in the browser), is renamed, moved and deleted (with Undo); the CSV of a
 * filtered list holds exactly the list's total rows. Counts are of this test's own tickets (its marker).
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { authFile, expect, test } from './fixtures.ts';

test.use({ storageState: authFile('agent1') });

const PHONE = '+33612345678';

function savedViews(page: Page) {
  return page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('group', { name: 'Saved views' });
}

async function viewAction(page: Page, view: string, action: string): Promise<void> {
  await savedViews(page)
    .getByRole('button', { name: `Actions for the view ${view}` })
    .click();
  await page.getByRole('menuitem', { name: action, exact: true }).click();
}

/** The saved views in the navigation, in order, as a screen reader names them ("Mine, 4 tickets"). */
async function viewNames(page: Page): Promise<(string | null)[]> {
  return savedViews(page)
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => link.getAttribute('aria-label')));
}

test('a saved view: pinned with its live count, in a fresh browser, renamed, moved, deleted', async ({
  page,
  browser,
  tickets,
  marker,
}) => {
  for (let n = 0; n < 3; n += 1)
    await tickets.create({ subject: `Saved view ${marker} ${n}`, phone: PHONE, agent: 'agent1' });
  await page.goto(`/tickets?search=${marker}`);
  await expect(page.getByText('3 tickets', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Save view' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save this view' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill(`Mine ${marker}`);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  const mine = savedViews(page).getByRole('link', { name: `Mine ${marker}, 3 tickets` });
  await expect(mine).toBeVisible();
  await expect(mine).toHaveAttribute('aria-current', 'page');

  // A second view of the same tickets, sorted by id.
  await page.goto(`/tickets?search=${marker}&orderby=id`);
  await page.getByRole('button', { name: 'Save view' }).click();
  await dialog.getByRole('textbox', { name: 'Name' }).fill(`By id ${marker}`);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(savedViews(page).getByRole('link', { name: `By id ${marker}, 3 tickets` })).toBeVisible();

  // The count follows the store live: a new ticket of the view shows in it without a reload.
  await tickets.create({ subject: `Saved view ${marker} 3`, phone: PHONE, agent: 'agent1' });
  await expect(savedViews(page).getByRole('link', { name: `Mine ${marker}, 4 tickets` })).toBeVisible();

  // Another browser, the same user: the views are there (they are in the gateway's store).
  const other = await browser.newContext({ storageState: authFile('agent1') });
  try {
    const second = await other.newPage();
    await second.goto('/tickets');
    await savedViews(second)
      .getByRole('link', { name: `Mine ${marker}, 4 tickets` })
      .click();
    await expect(second).toHaveURL(new RegExp(`/tickets\\?search=${marker}$`));
    await expect(second.getByText('4 tickets', { exact: true })).toBeVisible();

    await viewAction(second, `Mine ${marker}`, 'Rename');
    const rename = second.getByRole('dialog', { name: 'Rename the view' });
    await rename.getByRole('textbox', { name: 'Name' }).fill(`Renamed ${marker}`);
    await rename.getByRole('button', { name: 'Rename' }).click();
    await expect(rename).toBeHidden();
    expect(await viewNames(second)).toEqual([`Renamed ${marker}, 4 tickets`, `By id ${marker}, 4 tickets`]);

    await viewAction(second, `By id ${marker}`, 'Move up');
    await expect
      .poll(() => viewNames(second))
      .toEqual([`By id ${marker}, 4 tickets`, `Renamed ${marker}, 4 tickets`]);
  } finally {
    await other.close();
  }
  // Back in the first browser, after a reload: the new name and order.
  await page.reload();
  await expect
    .poll(() => viewNames(page))
    .toEqual([`By id ${marker}, 4 tickets`, `Renamed ${marker}, 4 tickets`]);

  // Delete, Undo brings it back in its place; then both go.
  await viewAction(page, `By id ${marker}`, 'Delete');
  await expect.poll(() => viewNames(page)).toEqual([`Renamed ${marker}, 4 tickets`]);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect
    .poll(() => viewNames(page))
    .toEqual([`By id ${marker}, 4 tickets`, `Renamed ${marker}, 4 tickets`]);
  await viewAction(page, `By id ${marker}`, 'Delete');
  await viewAction(page, `Renamed ${marker}`, 'Delete');
  await expect(savedViews(page)).toBeHidden();
});

test('the CSV of a filtered list holds exactly its total rows, BOM first', async ({
  page,
  tickets,
  marker,
}) => {
  for (let n = 0; n < 4; n += 1)
    await tickets.create({ subject: `CSV ${marker} ${n}`, phone: PHONE, agent: 'agent1' });
  await page.goto(`/tickets?search=${marker}&limit=10`);
  await expect(page.getByText('4 tickets', { exact: true })).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^tickets-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = await readFile(await download.path(), 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const lines = text.slice(1).split('\r\n').filter(Boolean);
  expect(lines[0]).toBe('ID,State,Subject,Requestor,Agent,Start,Modified');
  expect(lines.slice(1)).toHaveLength(4);
  for (const line of lines.slice(1)) expect(line).toContain(`CSV ${marker}`);
  await expect(page.getByText('CSV of 4 tickets downloaded')).toBeVisible();
});
