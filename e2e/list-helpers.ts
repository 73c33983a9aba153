/**
 * The ticket list's layout as a person meets it: the pickers unfold behind "Filters", the columns
 * shown are each user's choice ("Display"), and a column is found by its header, not its position
 * (a selection column may come first).
 */
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures.ts';

/** The "Filters" button (its name says how many are set: "Filters (2 active)"). */
export function filtersButton(page: Page): Locator {
  return page.getByRole('button', { name: /^Filters( \(\d+ active\))?$/ });
}

/** Unfolds the filter pickers (or opens the phone's filters drawer) unless they are open. */
export async function openFilters(page: Page): Promise<void> {
  const button = filtersButton(page);
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  await expect(page.getByRole('combobox', { name: 'Assigned to', exact: true })).toBeVisible();
}

/** Opens "Display" (density and columns); Escape closes it. */
export async function openDisplayOptions(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Display', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Density and columns' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Shows these columns (added at the end, in this order) and closes the chooser. */
export async function showColumns(page: Page, names: string[]): Promise<void> {
  const dialog = await openDisplayOptions(page);
  for (const name of names) await dialog.getByRole('checkbox', { name, exact: true }).check();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

export function bodyRows(page: Page): Locator {
  return page.getByRole('table').getByRole('rowgroup').nth(1).getByRole('row');
}

/** The names of the chosen columns' headers, in order (not the selection's nor the row menu's). */
export async function columnNames(page: Page): Promise<string[]> {
  const names = await page.getByRole('table').locator('th[data-column]').allInnerTexts();
  return names.map((name) => name.trim());
}

/** The cell texts (first line) of the column with this header once the list shows fresh rows. */
export async function columnTexts(page: Page, header: string): Promise<string[]> {
  await expect(page.getByRole('table')).toHaveAttribute('aria-busy', 'false');
  const headers = await page.getByRole('table').getByRole('columnheader').allInnerTexts();
  const index = headers.findIndex((name) => name.trim() === header);
  expect(index, `a column named ${header} among ${headers.join(', ')}`).toBeGreaterThanOrEqual(0);
  const texts = await bodyRows(page)
    .locator(`td:nth-child(${index + 1})`)
    .allInnerTexts();
  return texts.map((text) => text.split('\n')[0]!.trim());
}
