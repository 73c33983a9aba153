/**
 * Sessions (issue 14, item 7): "Sign out everywhere" in one browser signs out another browser of the
 * same user, whose open live stream ends and whose page goes to the sign-in. (A sign-out Apizee cannot
 * end is covered in vitest, gateway/logoutUpstreamDown.test.ts: the default profile cannot take
 * Apizee down.) The user is one no other spec signs in as, since every session of theirs ends here.
 */
import type { Browser, Page } from '@playwright/test';
import { expect, signIn, test } from './fixtures.ts';

const USER = 'globex-agent';

async function signedInPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, USER);
  await expect(page.getByRole('banner').getByText('Live', { exact: true })).toBeVisible();
  return page;
}

async function openSignOutEverywhere(page: Page) {
  await page.getByRole('button', { name: /Account menu/ }).click();
  await page.getByRole('menuitem', { name: 'Sign out everywhere' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sign out everywhere?' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('sign out everywhere asks first, then signs out every browser of the user', async ({ browser }) => {
  const here = await signedInPage(browser);
  const elsewhere = await signedInPage(browser);

  // Cancelling changes nothing.
  const asked = await openSignOutEverywhere(here);
  await asked.getByRole('button', { name: 'Cancel' }).click();
  await expect(asked).toBeHidden();
  expect((await here.request.get('/auth/session')).status()).toBe(200);

  const dialog = await openSignOutEverywhere(here);
  await dialog.getByRole('button', { name: 'Sign out everywhere' }).click();
  await expect(here).toHaveURL(/\/login(\?|$)/);
  await expect(here.getByRole('status')).toHaveText(
    'Signed out everywhere: every browser where you were signed in is signed out.',
  );

  // The other browser did nothing: its live stream ended with the session and sent it to the sign-in.
  await expect(elsewhere).toHaveURL(/\/login(\?|$)/);
  await expect(elsewhere.getByRole('status')).toHaveText(
    'Your session has ended. Sign in again to continue where you were.',
  );
  expect((await elsewhere.request.get('/auth/session')).status()).toBe(401);

  // Signing in again works.
  await signIn(elsewhere, USER);
  expect((await elsewhere.request.get('/auth/session')).status()).toBe(200);
  await here.context().close();
  await elsewhere.context().close();
});

test('a sign-out Apizee ends says nothing more on the sign-in page', async ({ browser }) => {
  const page = await signedInPage(browser);
  await page.getByRole('button', { name: /Account menu/ }).click();
  await page.getByRole('menuitem', { name: 'Sign out', exact: true }).click();
  await expect(page).toHaveURL(/\/login(\?|$)/);
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveCount(0);
  await page.context().close();
});
