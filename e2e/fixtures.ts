/**
 * Shared helpers and fixtures for end-to-end specs.
 *
 * Specs run in parallel against one server and one database: a spec never changes the seeded data and
 * never counts it. It makes the tickets it needs with the `tickets` fixture (through the gateway's
 * /api/v3, with a signed-in session, as the SPA would), marks them with its `marker` (a word no other
 * test uses, in the subject and reference) so that it can filter on them, and the fixture deletes them
 * when the test ends, whatever its outcome. Tickets a test makes through the UI are handed to
 * `tickets.track(id)` for the same clean-up.
 *
 * Prefer the saved sessions (`test.use({ storageState: authFile('agent1') })`): the setup project signs
 * each role in once per run. Signing in through the form (`signIn`) is for tests about signing in:
 * the API allows 10 sign-ins a minute per username (and 100 per client address), and every spec of a
 * run shares one server.
 */
import path from 'node:path';
import { expect, test as base, type APIRequestContext, type Page } from '@playwright/test';
import { e2ePaths } from './paths.ts';

export { expect };

export const DEMO_PASSWORD = 'Demo-pass-1';

/**
 * The strict profile (E2E_PROFILE=strict, see paths.ts): upstream has none of our extensions, so a
 * journey that needs one checks that the SPA says so in place instead.
 */
export const strictProfile = e2ePaths().profile === 'strict';

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

/** A ticket as the API returns it (the fields specs read). */
export type ApiTicket = {
  id: number;
  subject: string;
  reference: string;
  state: string;
  type: string;
  start_time: string;
  modified: string;
  agent: { id: number; username: string; firstname: string; lastname: string } | null;
  group: { id: number; name: string } | null;
  requestor: {
    name: string | null;
    firstname: string | null;
    company: string | null;
    phone: string[];
    email: string[];
  } | null;
};

/** Parameters of `POST /api/v3/tickets` (see the API contract), plus the state to move the ticket to. */
export type NewTicket = Record<string, string | number | boolean> & { state?: string };

export type Tickets = {
  /**
   * Creates a ticket through the API, signed in as `as` (admin by default), and moves it to `state`
   * when one is given (a new ticket is `new`). Deleted after the test.
   */
  create(params: NewTicket, options?: { as?: SavedSessionUser }): Promise<ApiTicket>;
  /** Deletes after the test a ticket this test made otherwise (through the UI). */
  track(id: number): void;
  /** The id of a group of the admin's enterprise, by name. */
  groupId(name: string): Promise<number>;
};

/** A word (letters and digits) no other test of any run uses: the search matches it as one token. */
export function uniqueWord(prefix = 'e2e'): string {
  return `${prefix}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

export const test = base.extend<{ marker: string; tickets: Tickets }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a fixture uses from this pattern
  marker: async ({}, use) => {
    await use(uniqueWord());
  },

  tickets: async ({ playwright }, use) => {
    const sessions = new Map<SavedSessionUser, APIRequestContext>();
    const session = async (user: SavedSessionUser) => {
      let context = sessions.get(user);
      if (!context) {
        context = await playwright.request.newContext({
          baseURL: e2ePaths().baseURL,
          storageState: authFile(user),
          extraHTTPHeaders: xhrHeaders,
        });
        sessions.set(user, context);
      }
      return context;
    };
    const made: number[] = [];
    const tickets: Tickets = {
      async create({ state, ...params }, options = {}) {
        const api = await session(options.as ?? 'admin');
        const created = await api.post('/api/v3/tickets', { data: params });
        expect(created.status(), `POST /api/v3/tickets: ${await created.text()}`).toBe(200);
        const ticket = (await created.json()) as ApiTicket;
        made.push(ticket.id);
        if (!state || state === ticket.state) return ticket;
        const moved = await api.put(`/api/v3/tickets/${ticket.id}`, { data: { state } });
        expect(moved.status(), `PUT state=${state}: ${await moved.text()}`).toBe(204);
        const read = await api.get(`/api/v3/tickets/${ticket.id}`);
        expect(read.status()).toBe(200);
        return (await read.json()) as ApiTicket;
      },
      track(id) {
        made.push(id);
      },
      async groupId(name) {
        const api = await session('admin');
        const me = (await (await api.get('/api/v3/users/me')).json()) as { enterprise_id: number };
        const groups = await api.get(`/api/v3/enterprises/${me.enterprise_id}/groups`);
        const { data } = (await groups.json()) as { data: { id: number; name: string }[] };
        const group = data.find((candidate) => candidate.name === name);
        if (!group) throw new Error(`no group named ${name}`);
        return group.id;
      },
    };
    await use(tickets);
    // An admin may delete any ticket of the enterprise; one the test deleted itself answers 404.
    const admin = await session('admin');
    for (const id of made) {
      const deleted = await admin.delete(`/api/v3/tickets/${id}`);
      expect([204, 404], `DELETE /api/v3/tickets/${id}`).toContain(deleted.status());
    }
    for (const context of sessions.values()) await context.dispose();
  },
});
