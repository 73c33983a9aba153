/**
 * Shared helpers for end-to-end specs.
 *
 * Prefer the saved sessions (`test.use({ storageState: authFile('agent1') })`): the setup project signs
 * each role in once per run. Signing in through the form (`signIn`) is for tests about signing in:
 * the API allows 10 sign-ins a minute per username (and 100 per client address), and every spec of a
 * run shares one server.
 */
import path from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { e2ePaths } from './paths.ts';

export { expect, test };

export const DEMO_PASSWORD = 'Demo-pass-1';

/** Demo accounts of the seed, by username. */
export const demoUsers = {
  admin: { username: 'admin', role: 'admin', enterprise: 'Acme Assistance' },
  supervisor: { username: 'supervisor', role: 'supervisor', enterprise: 'Acme Assistance' },
  agent1: { username: 'agent1', role: 'agent', enterprise: 'Acme Assistance' },
  agent2: { username: 'agent2', role: 'agent', enterprise: 'Acme Assistance' },
  agent3: { username: 'agent3', role: 'agent', enterprise: 'Acme Assistance' },
  'globex-admin': { username: 'globex-admin', role: 'admin', enterprise: 'Globex' },
  'globex-agent': { username: 'globex-agent', role: 'agent', enterprise: 'Globex' },
} as const;
export type DemoUser = keyof typeof demoUsers;

/** The users whose session the setup project saves (see auth.setup.ts). */
export const savedSessionUsers = ['agent1', 'supervisor', 'admin'] as const satisfies readonly DemoUser[];
export type SavedSessionUser = (typeof savedSessionUsers)[number];

/** The storageState file of a role signed in by the setup project of this run's port. */
export function authFile(user: SavedSessionUser): string {
  return path.join(e2ePaths().authDir, `${user}.json`);
}

/** Signs in through the login page, as a person would, and waits to leave it. */
export async function signIn(page: Page, user: DemoUser, password: string = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByRole('textbox', { name: 'Username', exact: true }).fill(demoUsers[user].username);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/\/login(\?|$)/);
}

/** Signs in through the gateway's API (no UI): the session cookie lands in `request`'s cookie jar. */
export async function signInByApi(request: APIRequestContext, user: DemoUser): Promise<void> {
  const response = await request.post('/auth/login', {
    headers: { 'X-Requested-With': 'XMLHttpRequest' },
    data: { username: demoUsers[user].username, password: DEMO_PASSWORD },
  });
  expect(response.status(), `sign-in of ${user}: ${await response.text()}`).toBe(200);
}

/** Headers of a same-origin call from the SPA, for specs that call /api or /auth directly. */
export const xhrHeaders = { 'X-Requested-With': 'XMLHttpRequest' } as const;
