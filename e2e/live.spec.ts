/**
 * Live updates (GET /events): a ticket created or changed by one user shows in another's open list
 * and detail within 2 s, with no reload and long before the lists' one-minute fallback polling could show it.
 */
import type { Browser, Page } from '@playwright/test';
import { authFile, expect, test, type SavedSessionUser } from './fixtures.ts';

/** Well under the lists' fallback polling (60 s): only the live stream can meet it. */
const LIVE_WITHIN_MS = 2_000;

async function signedInPage(browser: Browser, user: SavedSessionUser): Promise<Page> {
  const context = await browser.newContext({ storageState: authFile(user) });
  return context.newPage();
}

/** The header's status, once the stream is up. */
async function expectLive(page: Page) {
  await expect(page.getByRole('banner').getByText('Live', { exact: true })).toBeVisible();
}

test('a new ticket and its state change show at once in the supervisor’s open list and detail', async ({
  browser,
  marker,
  tickets,
}) => {
  const reference = `${marker}-live`;
  const supervisorList = await signedInPage(browser, 'supervisor');
  const supervisorDetail = await supervisorList.context().newPage();
  const agent = await signedInPage(browser, 'agent1');

  // The list is open before the ticket exists: its creation arrives live (a webhook, then the
  // supervisor's own upstream answer for it).
  await supervisorList.goto(`/tickets?user=visible&service=all&reference=${encodeURIComponent(reference)}`);
  await expectLive(supervisorList);
  await expect(supervisorList.getByText('No tickets', { exact: true })).toBeVisible();
  const ticket = await tickets.create({
    phone: '+33612345678',
    subject: `${marker} live`,
    reference,
    agent: 'agent1',
    group: await tickets.groupId('Support'),
    state: 'open',
  });
  const row = supervisorList.getByRole('row', { name: new RegExp(ticket.subject) });
  await expect(row).toContainText('Open', { timeout: LIVE_WITHIN_MS });
  await supervisorDetail.goto(`/tickets/${ticket.id}`);
  await expect(supervisorDetail.getByRole('heading', { name: ticket.subject })).toBeVisible();
  await expect(supervisorDetail.locator('[data-state="open"]').first()).toBeVisible();
  await expectLive(supervisorList);
  await expectLive(supervisorDetail);

  await agent.goto(`/tickets/${ticket.id}`);
  await expectLive(agent);
  await agent.getByRole('button', { name: 'Change state' }).click();
  await agent.getByRole('menuitem', { name: 'In progress' }).click();
  await expect(agent.getByText('State changed to “In progress”.')).toBeVisible();

  await expect(row).toContainText('In progress', { timeout: LIVE_WITHIN_MS });
  await expect(supervisorDetail.locator('[data-state="inprogress"]').first()).toBeVisible({
    timeout: LIVE_WITHIN_MS,
  });
  await expectLive(supervisorList);
  await supervisorList.context().close();
  await agent.context().close();
});

test('the status says Live in French too, and the stream needs a session', async ({ browser, page }) => {
  const anonymous = await page.request.get('/events');
  expect(anonymous.status()).toBe(401);

  const context = await browser.newContext({ storageState: authFile('agent1'), locale: 'fr-FR' });
  const french = await context.newPage();
  await french.addInitScript(() => localStorage.setItem('apizee.locale', 'fr'));
  await french.goto('/tickets');
  await expect(french.getByRole('banner').getByText('En direct', { exact: true })).toBeVisible();
  await context.close();
});
