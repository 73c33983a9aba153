import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { authFile, expect, test } from './fixtures.ts';
import { openDisplayOptions, openFilters } from './list-helpers.ts';

const SCHEMES = ['light', 'dark'] as const;

/** Opens the list and waits for its rows (the first visit also loads the page's code). */
async function openList(page: Page, url: string): Promise<void> {
  const loaded = page.waitForResponse((response) => /\/api\/v3\/tickets\?/.test(response.url()));
  await page.goto(url);
  await loaded;
  await expect(page.getByRole('table')).toHaveAttribute('aria-busy', 'false');
}

async function expectNoSeriousViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const summary = serious.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`)
        .slice(0, 5)
        .join(' | ')}`,
  );
  expect(summary).toEqual([]);
}

for (const scheme of SCHEMES) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    // axe walks every node of a page with a full table: slow on a busy machine.
    test.setTimeout(90_000);

    test('the login page has no serious accessibility violation', async ({ page }) => {
      await page.goto('/login');
      await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
      await expectNoSeriousViolations(page);
      // With an error shown too.
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect(page.getByText('Required').first()).toBeVisible();
      await expectNoSeriousViolations(page);
    });

    test.describe('signed in', () => {
      test.use({ storageState: authFile('agent1') });

      test('the ticket list has no serious accessibility violation', async ({ page }) => {
        await openList(page, '/tickets?state=open,new,done,cancelled');
        await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
        await expectNoSeriousViolations(page);
        await openFilters(page);
        await expect(page.getByRole('combobox', { name: 'Group' })).toBeVisible();
        await expectNoSeriousViolations(page);
      });

      for (const density of ['Compact', 'Comfortable'] as const) {
        test(`the list in ${density.toLowerCase()} density, and its chooser, have no serious violation`, async ({
          page,
        }) => {
          await openList(page, '/tickets?state=open,new,done,cancelled');
          const chooser = await openDisplayOptions(page);
          await chooser.getByRole('radio', { name: density }).check();
          await chooser.getByRole('checkbox', { name: 'Group', exact: true }).check();
          await expect(page.getByRole('table')).toHaveAttribute('data-density', density.toLowerCase());
          await expectNoSeriousViolations(page);
          await page.keyboard.press('Escape');
          await expect(chooser).toBeHidden();
          await expectNoSeriousViolations(page);
        });
      }

      test('the list can be used with the keyboard alone', async ({ page }) => {
        await openList(page, '/tickets');
        // Skip link first, then into the page.
        await page.keyboard.press('Tab');
        await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
        await page.keyboard.press('Enter');
        // Sort by ID with the keyboard.
        const idHeader = page.getByRole('columnheader', { name: 'ID' });
        await idHeader.getByRole('button').focus();
        await page.keyboard.press('Enter');
        await expect(idHeader).toHaveAttribute('aria-sort', 'descending');
        await expect(page).toHaveURL(/orderby=id/);
      });
    });
  });
}
