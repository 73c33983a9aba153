/** Helpers shared by the ticket-form specs (create and edit). */
import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext, Page } from '@playwright/test';
import { authFile, expect as baseExpect, type ApiTicket, type Tickets } from './fixtures.ts';
import { valueList } from '../src/contract/models.ts';

export type { ApiTicket };

// The machine running the suite may be busy: allow for slow page loads, never for wrong results.
export const expect = baseExpect.configure({ timeout: 20_000 });

/** The browser's clock is in Paris, so local and UTC times differ. */
export const TIME_ZONE = 'Europe/Paris';
const browserOptions = { timezoneId: TIME_ZONE, locale: 'en-GB' } as const;
export const sessionOf = (user: 'agent1' | 'supervisor' | 'admin') => ({
  storageState: authFile(user),
  ...browserOptions,
});

export const SCREENSHOTS = 'test-results/screenshots';
mkdirSync(SCREENSHOTS, { recursive: true });

export const unique = (label: string) =>
  `${label} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

export async function openCreateForm(page: Page) {
  await page.goto('/tickets/new');
  await expect(page.getByRole('heading', { name: 'New ticket' })).toBeVisible();
  // The form is ready once the assignment defaults to the signed-in agent.
  await expect(page.getByRole('combobox', { name: 'Agent' })).not.toHaveValue('');
}

/** The ticket as the API returns it, its contact lists read as the SPA reads them. */
export async function getTicket(request: APIRequestContext, id: number): Promise<ApiTicket> {
  const response = await request.get(`/api/v3/tickets/${id}`);
  expect(response.status()).toBe(200);
  const ticket = (await response.json()) as ApiTicket;
  const requestor = ticket.requestor as
    | (Omit<NonNullable<ApiTicket['requestor']>, 'phone' | 'email'> & {
        phone: string[] | string;
        email: string[] | string;
      })
    | null;
  if (!requestor) return ticket;
  return {
    ...ticket,
    requestor: { ...requestor, phone: valueList(requestor.phone), email: valueList(requestor.email) },
  };
}

/**
 * Submits the create form and returns the request body and the new ticket's id; the ticket is deleted
 * after the test.
 */
export async function submitCreate(
  page: Page,
  tickets: Tickets,
): Promise<{ body: Record<string, unknown>; id: number }> {
  const { body, id } = await createdFrom(page, () =>
    page.getByRole('button', { name: 'Create ticket' }).click(),
  );
  tickets.track(id);
  await expect(page).toHaveURL(new RegExp(`/tickets/${id}$`));
  return { body, id };
}

/** Runs an action that creates a ticket (POST /api/v3/tickets) and returns the body sent and the new id. */
export async function createdFrom(
  page: Page,
  action: () => Promise<unknown>,
): Promise<{ body: Record<string, unknown>; id: number }> {
  const created = page.waitForResponse(
    (response) =>
      response.request().method() === 'POST' &&
      new URL(response.url()).pathname === '/api/v3/tickets' &&
      response.status() === 200,
  );
  await action();
  const response = await created;
  const body = response.request().postDataJSON() as Record<string, unknown>;
  return { body, id: ((await response.json()) as ApiTicket).id };
}

/**
 * `modified` has a one-second resolution: waits until the clock (the server's, on this machine) is past
 * the second of `modified`, so that the next change of the ticket gets another `modified`.
 */
export async function pastTheSecondOf(modified: string): Promise<void> {
  const second = Math.floor(Date.parse(modified) / 1000);
  await expect
    .poll(() => Math.floor(Date.now() / 1000), { intervals: [50], message: 'the clock moves on' })
    .toBeGreaterThan(second);
}

export async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).include('main').analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map(
      (v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} (${n.failureSummary})`).join(', ')}`,
    ),
  ).toEqual([]);
}
