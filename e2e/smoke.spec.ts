import { authFile, expect, signIn, test } from './fixtures.ts';

test('an agent signs in through the gateway and sees their name', async ({ page }) => {
  await signIn(page, 'agent1');
  const session = await page.request.get('/auth/session');
  expect(session.status()).toBe(200);
  const me = (await session.json()) as { firstname: string; lastname: string };
  await expect(page.getByRole('banner').getByText(`${me.firstname} ${me.lastname}`)).toBeVisible();
});

test('the saved session of a role reaches the API', async ({ browser }) => {
  const context = await browser.newContext({ storageState: authFile('supervisor') });
  const response = await context.request.get('/api/v3/users/me');
  expect(response.status()).toBe(200);
  expect(((await response.json()) as { username: string }).username).toBe('supervisor');
  await context.close();
});
