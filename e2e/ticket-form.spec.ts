/**
 * The create and edit forms, in a browser whose clock is in Paris (so local and UTC times differ).
 * Each test makes its own ticket with a unique subject and never depends on another test's data.
 */
import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext, Page, Request } from '@playwright/test';
import { authFile, expect as baseExpect, test, xhrHeaders } from './fixtures.ts';

// The machine running the suite may be busy: allow for slow page loads, never for wrong results.
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 120_000 });

const TIME_ZONE = 'Europe/Paris';
test.use({ storageState: authFile('agent1'), timezoneId: TIME_ZONE, locale: 'en-GB' });

const SCREENSHOTS = 'test-results/screenshots';
mkdirSync(SCREENSHOTS, { recursive: true });

type ApiTicket = {
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

const unique = (label: string) =>
  `${label} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function openCreateForm(page: Page) {
  await page.goto('/tickets/new');
  await expect(page.getByRole('heading', { name: 'New ticket' })).toBeVisible();
  // The form is ready once the assignment defaults to the signed-in agent.
  await expect(page.getByRole('combobox', { name: 'Agent' })).not.toHaveValue('');
}

async function getTicket(request: APIRequestContext, id: number): Promise<ApiTicket> {
  const response = await request.get(`/api/v3/tickets/${id}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as ApiTicket;
}

/** Submits the create form and returns the request body and the new ticket's id (from the URL). */
async function submitCreate(page: Page): Promise<{ body: Record<string, unknown>; id: number }> {
  const posted = page.waitForRequest(
    (req: Request) => req.method() === 'POST' && req.url().endsWith('/api/v3/tickets'),
  );
  await page.getByRole('button', { name: 'Create ticket' }).click();
  const body = (await posted).postDataJSON() as Record<string, unknown>;
  await expect(page).toHaveURL(/\/tickets\/\d+$/);
  return { body, id: Number(new URL(page.url()).pathname.split('/').pop()) };
}

async function createByApi(request: APIRequestContext, params: Record<string, unknown>): Promise<ApiTicket> {
  const response = await request.post('/api/v3/tickets', { headers: xhrHeaders, data: params });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as ApiTicket;
}

async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).include('main').analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map(
      (v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} (${n.failureSummary})`).join(', ')}`,
    ),
  ).toEqual([]);
}

test.describe('create', () => {
  test('with a phone only: the ticket is created and its page announced', async ({ page }) => {
    await openCreateForm(page);
    const subject = unique('Phone only');
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Dupont');
    await page.getByRole('textbox', { name: 'Phone number 1' }).fill('+33 6 12 34 56 78');
    await page.getByRole('textbox', { name: 'Subject' }).fill(subject);
    const { body, id } = await submitCreate(page);
    expect(body).toMatchObject({ phone: '+33612345678', name: 'Dupont', subject });
    expect(body).not.toHaveProperty('email');
    await expect(page.getByText(`Ticket #${id} created`)).toBeVisible();
    const ticket = await getTicket(page.request, id);
    expect(ticket.requestor).toMatchObject({ phone: ['+33612345678'], email: [] });
  });

  test('with an e-mail only, submitted with Ctrl+Enter', async ({ page }) => {
    await openCreateForm(page);
    await page.getByRole('textbox', { name: 'E-mail address 1' }).fill('zoe.martin@example.com');
    await page.getByRole('textbox', { name: 'Subject' }).fill(unique('E-mail only'));
    const posted = page.waitForRequest(
      (req) => req.method() === 'POST' && req.url().endsWith('/api/v3/tickets'),
    );
    await page.getByRole('textbox', { name: 'Subject' }).press('Control+Enter');
    expect((await posted).postDataJSON()).toMatchObject({ email: 'zoe.martin@example.com' });
    await expect(page).toHaveURL(/\/tickets\/\d+$/);
    const ticket = await getTicket(page.request, Number(new URL(page.url()).pathname.split('/').pop()));
    expect(ticket.requestor).toMatchObject({ phone: [], email: ['zoe.martin@example.com'] });
  });

  test('with neither: both fields say so and the focus goes to the first', async ({ page }) => {
    await openCreateForm(page);
    let posted = false;
    page.on('request', (req) => {
      if (req.method() === 'POST' && req.url().endsWith('/api/v3/tickets')) posted = true;
    });
    await page.getByRole('textbox', { name: 'Subject' }).fill('No way to reach anyone');
    await page.getByRole('button', { name: 'Create ticket' }).click();
    await expect(page.getByText('Give a phone number or an e-mail address.')).toHaveCount(2);
    await expect(page.getByRole('textbox', { name: 'Phone number 1' })).toBeFocused();
    await expect(page.getByRole('textbox', { name: 'E-mail address 1' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await page.screenshot({ path: `${SCREENSHOTS}/form-error-light.png`, fullPage: true });
    expect(posted).toBe(false);
  });

  test('a generic mailbox is refused, a national number gets its international form', async ({ page }) => {
    await openCreateForm(page);
    const email = page.getByRole('textbox', { name: 'E-mail address 1' });
    await email.fill('support@example.com');
    await email.blur();
    await expect(
      page.getByText('A shared mailbox (contact@, info@, support@…) cannot receive an invitation.'),
    ).toBeVisible();
    await page.getByRole('combobox', { name: 'Country' }).fill('Fran');
    await page.getByRole('option', { name: 'France', exact: true }).click();
    await page.getByRole('textbox', { name: 'Phone number 1' }).fill('06 12 34 56 78');
    await expect(page.getByText('Did you mean +33612345678?')).toBeVisible();
    await page.getByRole('button', { name: 'Create ticket' }).click();
    // The national number comes first in the form: the focus goes there.
    await expect(page.getByRole('textbox', { name: 'Phone number 1' })).toBeFocused();
    await expect(page.getByText('Use the international format: +33612345678')).toBeVisible();
    await expect(email).toHaveAttribute('aria-invalid', 'true');
  });

  test('a multi-participant ticket hides the recipient-only fields and does not send them', async ({
    page,
  }) => {
    await openCreateForm(page);
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Should not be sent');
    await page.getByRole('textbox', { name: 'Company' }).fill('Nor this');
    await page.getByRole('radio', { name: 'Multi-participant assistance' }).check();
    for (const label of ['Name', 'First name', 'Company']) {
      await expect(page.getByRole('textbox', { name: label, exact: true })).toBeHidden();
    }
    await expect(page.getByRole('combobox', { name: 'Gender' })).toBeHidden();
    await expect(page.getByRole('combobox', { name: 'Country' })).toBeHidden();
    await expect(page.getByRole('switch', { name: /Also invite the organizer/ })).toBeChecked();
    await page.getByRole('textbox', { name: 'Phone number 1' }).fill('+33612345678');
    await page.getByRole('button', { name: 'Add a phone number' }).click();
    await expect(page.getByRole('textbox', { name: 'Phone number 2' })).toBeFocused();
    await page.getByRole('textbox', { name: 'Phone number 2' }).fill('+4915112345678');
    await page.getByRole('textbox', { name: 'Subject' }).fill(unique('Multi'));
    const { body, id } = await submitCreate(page);
    expect(body).toMatchObject({
      type: 'assistance_multi',
      phone: '+33612345678,+4915112345678',
      invite_organizer: true,
    });
    for (const field of ['name', 'firstname', 'company', 'gender', 'country'])
      expect(body).not.toHaveProperty(field);
    expect((await getTicket(page.request, id)).type).toBe('assistance_multi');
  });

  test('a start time picked in local time is sent as UTC and shown right on the detail page', async ({
    page,
  }) => {
    await openCreateForm(page);
    await page.getByRole('textbox', { name: 'Phone number 1' }).fill('+33612345678');
    await page.getByRole('button', { name: 'Start time' }).click();
    const picker = page.getByRole('dialog', { name: 'Start time' });
    await picker.getByRole('button', { name: 'Next' }).click();
    await picker.getByRole('button', { name: /^15 / }).click();
    await picker.getByRole('spinbutton', { name: 'Hours' }).fill('15');
    await picker.getByRole('spinbutton', { name: 'Minutes' }).fill('30');
    await picker.getByRole('button', { name: 'Confirm the start time' }).click();
    const { body, id } = await submitCreate(page);
    const sent = String(body.start_time);
    expect(sent).toMatch(/T\d{2}:30:00Z$/);
    // 15:30 in Paris is 14:30 or 13:30 UTC depending on daylight saving time.
    const local = new Intl.DateTimeFormat('en-GB', {
      timeZone: TIME_ZONE,
      hour: '2-digit',
      minute: '2-digit',
    });
    expect(local.format(new Date(sent))).toBe('15:30');
    const ticket = await getTicket(page.request, id);
    expect(Date.parse(ticket.start_time)).toBe(Date.parse(sent));
    const shown = new Intl.DateTimeFormat('en', {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: TIME_ZONE,
    }).format(new Date(sent));
    await expect(page.locator(`time[datetime="${ticket.start_time}"]`).first()).toHaveText(shown);
    expect(shown).toContain('3:30');
  });

  test('sending the invitation now: the notification and the timeline say so', async ({ page }) => {
    await openCreateForm(page);
    await page.getByRole('textbox', { name: 'E-mail address 1' }).fill('invitee@example.org');
    await page.getByRole('switch', { name: /Send the invitation now/ }).check();
    const { body, id } = await submitCreate(page);
    expect(body.invite).toBe(true);
    await expect(page.getByText('The invitation was sent to the requestor.').first()).toBeVisible();
    const events = await page.request.get(`/api/v3/tickets/${id}/events`);
    const names = ((await events.json()) as { data: { eventName: string }[] }).data.map(
      (event) => event.eventName,
    );
    expect(names).toContain('ticket.invitationSent');
    expect((await getTicket(page.request, id)).state).toBe('invited');
    await page.goto(`/tickets/${id}/timeline`);
    await expect(page.getByText('The invitation was sent to the requestor.').first()).toBeVisible();
  });

  test('a draft survives a reload and can be discarded', async ({ page }) => {
    await openCreateForm(page);
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Draft person');
    await page.getByRole('textbox', { name: 'Phone number 1' }).fill('+33612345678');
    await page.getByRole('textbox', { name: 'Description' }).fill('Boiler leaks');
    await page.waitForTimeout(700); // the draft is saved 400 ms after the last keystroke
    await page.reload();
    await expect(page.getByText(/Your unsaved draft from .* was restored/)).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('Draft person');
    await expect(page.getByRole('textbox', { name: 'Phone number 1' })).toHaveValue('+33612345678');
    await expect(page.getByRole('textbox', { name: 'Description' })).toHaveText('Boiler leaks');
    await page.getByRole('button', { name: 'Discard draft' }).first().click();
    await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('');
    await page.reload();
    await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('');
    await expect(page.getByText(/was restored/)).toBeHidden();
  });

  test('leaving with unsaved changes asks first', async ({ page }) => {
    await openCreateForm(page);
    await page.getByRole('textbox', { name: 'Subject' }).fill('Half typed');
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Tickets' })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Leave this form?' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Stay' }).click();
    await expect(page).toHaveURL(/\/tickets\/new$/);
    await expect(page.getByRole('textbox', { name: 'Subject' })).toHaveValue('Half typed');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page
      .getByRole('dialog', { name: 'Leave this form?' })
      .getByRole('button', { name: 'Leave' })
      .click();
    await expect(page).toHaveURL(/\/tickets(\?|$)/);
    // Reloading the tab asks too (the browser's own dialog).
    await page.goto('/tickets/new');
    await page.getByRole('textbox', { name: 'Subject' }).fill('Typed again');
    const asked = new Promise<string>((resolve) =>
      page.once('dialog', (d) => void d.dismiss().then(() => resolve(d.type()))),
    );
    await page.reload({ timeout: 3000 }).catch(() => undefined);
    expect(await asked).toBe('beforeunload');
  });

  test('server 400 errors land on their fields', async ({ page }) => {
    await openCreateForm(page);
    // A well-formed key that no service has: only the server can tell.
    await page.route('**/api/v3/tickets', async (route) => {
      if (route.request().method() !== 'POST') return route.fallback();
      const body = { ...(route.request().postDataJSON() as object), service: 'z'.repeat(32) };
      await route.continue({ postData: JSON.stringify(body) });
    });
    await page.getByRole('textbox', { name: 'Phone number 1' }).fill('+33612345678');
    await page.getByRole('textbox', { name: 'Subject' }).fill('Refused service');
    await page.getByRole('button', { name: 'Create ticket' }).click();
    await expect(page.getByText('no service of your enterprise has this key')).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Service' })).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('combobox', { name: 'Service' })).toBeFocused();
    await expect(
      page.getByText('The server refused some values; they are marked on the form.'),
    ).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Subject' })).toHaveValue('Refused service');
    await expect(page).toHaveURL(/\/tickets\/new$/);
  });

  test('a network failure keeps every value and offers to retry', async ({ page }) => {
    await openCreateForm(page);
    await page.route('**/api/v3/tickets', (route) =>
      route.request().method() === 'POST' ? route.abort('internetdisconnected') : route.fallback(),
    );
    await page.getByRole('textbox', { name: 'Phone number 1' }).fill('+33612345678');
    const subject = unique('Offline');
    await page.getByRole('textbox', { name: 'Subject' }).fill(subject);
    await page.getByRole('button', { name: 'Create ticket' }).click();
    await expect(page.getByText('The server could not be reached.')).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: 'Not saved' })).toBeFocused();
    await expectNoSeriousA11yViolations(page);
    await expect(page.getByRole('textbox', { name: 'Subject' })).toHaveValue(subject);
    await page.unroute('**/api/v3/tickets');
    await page.getByRole('button', { name: 'Retry' }).click();
    await expect(page).toHaveURL(/\/tickets\/\d+$/);
  });

  test('an expired session keeps the form across signing in again', async ({ browser }) => {
    const context = await browser.newContext({
      storageState: authFile('agent1'),
      timezoneId: TIME_ZONE,
      locale: 'en-GB',
    });
    const page = await context.newPage();
    await openCreateForm(page);
    await page.getByRole('textbox', { name: 'Phone number 1' }).fill('+33612345678');
    await page.getByRole('textbox', { name: 'Subject' }).fill('Kept across sign-in');
    await context.clearCookies();
    await page.getByRole('button', { name: 'Create ticket' }).click();
    await expect(page).toHaveURL(/\/login\?returnTo=%2Ftickets%2Fnew/);
    await page.getByRole('textbox', { name: 'Username', exact: true }).fill('agent1');
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill('Demo-pass-1');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/tickets\/new$/);
    await expect(page.getByRole('textbox', { name: 'Subject' })).toHaveValue('Kept across sign-in');
    await expect(page.getByRole('textbox', { name: 'Phone number 1' })).toHaveValue('+33612345678');
    await context.close();
  });

  test('in French: labels, country names and messages', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('apizee.locale', 'fr'));
    await page.goto('/tickets/new');
    await expect(page.getByRole('heading', { name: 'Nouveau ticket' })).toBeVisible();
    await page.getByRole('combobox', { name: 'Pays' }).fill('Allem');
    await expect(page.getByRole('option', { name: 'Allemagne' })).toBeVisible();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Créer le ticket' }).click();
    await expect(page.getByText('Indiquez un numéro de téléphone ou une adresse e-mail.')).toHaveCount(2);
    await page.screenshot({ path: `${SCREENSHOTS}/form-error-fr.png` });
  });

  test('screenshots and accessibility in both colour schemes', async ({ page }) => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.addInitScript((value) => localStorage.setItem('apizee.color-scheme', value), scheme);
      await openCreateForm(page);
      await page.screenshot({ path: `${SCREENSHOTS}/form-create-${scheme}.png`, fullPage: true });
      await expectNoSeriousA11yViolations(page);
      await page.getByRole('button', { name: 'Create ticket' }).click();
      await expect(page.getByText('Give a phone number or an e-mail address.')).toHaveCount(2);
      await expectNoSeriousA11yViolations(page);
      if (scheme === 'dark')
        await page.screenshot({ path: `${SCREENSHOTS}/form-error-dark.png`, fullPage: true });
    }
  });
});

test.describe('edit', () => {
  test('edit the subject and reassign the agent: the list shows it without a reload', async ({ browser }) => {
    const context = await browser.newContext({
      storageState: authFile('admin'),
      timezoneId: TIME_ZONE,
      locale: 'en-GB',
    });
    const page = await context.newPage();
    const users = (await (await page.request.get('/api/v3/enterprises/1/users?search=agent2')).json()) as {
      data: { id: number; username: string; firstname: string; lastname: string }[];
    };
    const agent2 = users.data.find((user) => user.username === 'agent2')!;
    const marker = unique('Edit me');
    const ticket = await createByApi(page.request, {
      phone: '+33612345678',
      subject: marker,
      agent: 'agent1',
    });
    await page.goto(`/tickets?search=${encodeURIComponent(marker)}&user=all`);
    await expect(page.getByRole('link', { name: marker })).toBeVisible();

    await page.goto(`/tickets/${ticket.id}/edit`);
    const subject = page.getByRole('textbox', { name: 'Subject' });
    await expect(subject).toHaveValue(marker);
    await subject.fill(`${marker} (renamed)`);
    await page.getByRole('combobox', { name: 'Agent' }).click();
    await page.getByRole('combobox', { name: 'Agent' }).fill('agent2');
    await page.getByRole('option', { name: new RegExp(`\\(agent2\\)`) }).click();
    const put = page.waitForRequest((req) => req.method() === 'PUT');
    await page.getByRole('button', { name: 'Save' }).click();
    expect((await put).postDataJSON()).toEqual({ subject: `${marker} (renamed)`, agent: String(agent2.id) });
    await expect(page).toHaveURL(new RegExp(`/tickets/${ticket.id}$`));
    await expect(page.getByText(`Ticket #${ticket.id} saved.`)).toBeVisible();

    // Through the app's own navigation, so only the caches can show the change.
    await page.goBack();
    await page.goBack();
    await expect(page).toHaveURL(/\/tickets\?/);
    const row = page.getByRole('row', { name: new RegExp(`${marker} \\(renamed\\)`) });
    await expect(row).toBeVisible();
    await expect(row).toContainText(`${agent2.firstname} ${agent2.lastname}`);
    await context.close();
  });

  test('two people edit the same ticket: the second is warned before saving', async ({ browser }) => {
    const open = async () => {
      const context = await browser.newContext({
        storageState: authFile('supervisor'),
        timezoneId: TIME_ZONE,
        locale: 'en-GB',
      });
      return { context, page: await context.newPage() };
    };
    const first = await open();
    const second = await open();
    const marker = unique('Shared');
    const ticket = await createByApi(first.page.request, {
      email: 'shared@example.com',
      subject: marker,
      reference: 'R-1',
      agent: 'supervisor',
    });
    await first.page.goto(`/tickets/${ticket.id}/edit`);
    await second.page.goto(`/tickets/${ticket.id}/edit`);
    await expect(second.page.getByRole('textbox', { name: 'Subject' })).toHaveValue(marker);

    // `modified` has a one-second resolution: let the clock move past the creation.
    await first.page.waitForTimeout(1100);
    await first.page.getByRole('textbox', { name: 'Subject' }).fill(`${marker} by first`);
    await first.page.getByRole('button', { name: 'Save' }).click();
    await expect(first.page).toHaveURL(new RegExp(`/tickets/${ticket.id}$`));

    await second.page.getByRole('textbox', { name: 'Reference' }).fill('R-2');
    await second.page.getByRole('button', { name: 'Save' }).click();
    await expect(second.page.getByText('Someone else changed this ticket')).toBeVisible();
    await expect(second.page).toHaveURL(/\/edit$/);
    await second.page.screenshot({ path: `${SCREENSHOTS}/form-edit-conflict.png`, fullPage: true });
    await expectNoSeriousA11yViolations(second.page);
    await second.page.getByRole('button', { name: 'Keep mine' }).click();
    const put = second.page.waitForRequest((req) => req.method() === 'PUT');
    await second.page.getByRole('button', { name: 'Save' }).click();
    // Only what the second person changed is sent: the first person's subject stays.
    expect((await put).postDataJSON()).toEqual({ reference: 'R-2' });
    await expect(second.page).toHaveURL(new RegExp(`/tickets/${ticket.id}$`));
    const saved = await getTicket(second.page.request, ticket.id);
    expect(saved).toMatchObject({ subject: `${marker} by first`, reference: 'R-2' });
    await first.context.close();
    await second.context.close();
  });

  test('reload their version replaces the form with the saved ticket', async ({ browser }) => {
    const context = await browser.newContext({
      storageState: authFile('supervisor'),
      timezoneId: TIME_ZONE,
      locale: 'en-GB',
    });
    const page = await context.newPage();
    const marker = unique('Theirs');
    const ticket = await createByApi(page.request, {
      email: 'theirs@example.com',
      subject: marker,
      agent: 'supervisor',
    });
    await page.goto(`/tickets/${ticket.id}/edit`);
    await page.getByRole('textbox', { name: 'Subject' }).fill('Mine');
    await page.waitForTimeout(1100);
    const changed = await page.request.put(`/api/v3/tickets/${ticket.id}`, {
      headers: xhrHeaders,
      data: { subject: `${marker} v2` },
    });
    expect(changed.status()).toBe(204);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('button', { name: 'Reload their version' }).click();
    await expect(page.getByRole('textbox', { name: 'Subject' })).toHaveValue(`${marker} v2`);
    await expect(page.getByText('Someone else changed this ticket')).toBeHidden();
    await context.close();
  });

  test('a forbidden transition (409) is explained and nothing is lost', async ({ page }) => {
    const marker = unique('Conflict');
    const ticket = await createByApi(page.request, { phone: '+33612345678', subject: marker });
    await page.goto(`/tickets/${ticket.id}/edit`);
    await page.getByRole('textbox', { name: 'Subject' }).fill(`${marker} edited`);
    await page.route(`**/api/v3/tickets/${ticket.id}`, (route) =>
      route.request().method() === 'PUT'
        ? route.fulfill({
            status: 409,
            contentType: 'application/json',
            body: JSON.stringify({ code: 409, message: 'A closed ticket cannot be changed' }),
          })
        : route.fallback(),
    );
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('The ticket cannot change this way in its current state.')).toBeVisible();
    await expect(page.getByText('A closed ticket cannot be changed')).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Subject' })).toHaveValue(`${marker} edited`);
  });
});
