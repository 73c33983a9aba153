import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { authFile, expect, test } from './fixtures.ts';

test.use({ storageState: authFile('agent1'), timezoneId: 'Europe/Paris', locale: 'en-GB' });

const SCREENSHOTS = 'test-results/screenshots';
mkdirSync(SCREENSHOTS, { recursive: true });

async function openCreateForm(page: Page) {
  await page.goto('/tickets/new');
  await expect(page.getByRole('heading', { name: 'New ticket' })).toBeVisible();
}

test('explore: create form renders', async ({ page }) => {
  await openCreateForm(page);
  await page.screenshot({ path: `${SCREENSHOTS}/form-create-light.png`, fullPage: true });
});

test('explore: date picker', async ({ page }) => {
  await openCreateForm(page);
  await page.getByRole('button', { name: 'Start time' }).click();
  await page.waitForTimeout(500);
  console.log(await page.locator('body').ariaSnapshot());
  await page.screenshot({ path: `${SCREENSHOTS}/explore-picker.png` });
});
