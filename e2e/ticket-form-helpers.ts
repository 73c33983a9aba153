/** Helpers shared by the ticket-form specs (create and edit). */
import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext, Page, Request } from '@playwright/test';
import { authFile, expect as baseExpect, xhrHeaders } from './fixtures.ts';

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

export type ApiTicket = {
  id: number;
  subject: string;
  reference: string;
  state: string;
  type: string;
  start_time: string;
  modified: string;
  agent: { id: number; username: string; firstname: string; lastname: string } | null;
  requestor: { name: string | null; company: string | null; phone: string[]; email: string[] } | null;
};

export const unique = (label: string) =>
  `${label} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

export async function openCreateForm(page: Page) {
  await page.goto('/tickets/new');
  await expect(page.getByRole('heading', { name: 'New ticket' })).toBeVisible();
  // The form is ready once the assignment defaults to the signed-in agent.
  await expect(page.getByRole('combobox', { name: 'Agent' })).not.toHaveValue('');
}

export async function getTicket(request: APIRequestContext, id: number): Promise<ApiTicket> {
  const response = await request.get(`/api/v3/tickets/${id}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as ApiTicket;
}

/** Submits the create form and returns the request body and the new ticket's id (from the URL). */
export async function submitCreate(page: Page): Promise<{ body: Record<string, unknown>; id: number }> {
  const posted = page.waitForRequest(
    (req: Request) => req.method() === 'POST' && req.url().endsWith('/api/v3/tickets'),
  );
  await page.getByRole('button', { name: 'Create ticket' }).click();
  const body = (await posted).postDataJSON() as Record<string, unknown>;
  await expect(page).toHaveURL(/\/tickets\/\d+$/);
  return { body, id: Number(new URL(page.url()).pathname.split('/').pop()) };
}

export async function createByApi(
  request: APIRequestContext,
  params: Record<string, unknown>,
): Promise<ApiTicket> {
  const response = await request.post('/api/v3/tickets', { headers: xhrHeaders, data: params });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as ApiTicket;
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
