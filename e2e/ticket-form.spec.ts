/**
 * The create form (/tickets/new) in a browser whose clock is in Paris. Each test makes its own
 * ticket with a unique subject and never depends on another test's data; the tickets it makes are
 * deleted after it (`submitCreate` and `createdFrom` hand them to the `tickets` fixture).
 */
import { test } from './fixtures.ts';
import {
  SCREENSHOTS,
  TIME_ZONE,
  createdFrom,
  sessionOf,
  expect,
  expectNoSeriousA11yViolations,
  getTicket,
  openCreateForm,
  submitCreate,
  unique,
} from './ticket-form-helpers.ts';

test.describe.configure({ timeout: 120_000 });
test.use(sessionOf('agent1'));

test.describe('create', () => {
  test('with a phone only: the ticket is created and its page announced', async ({ page, tickets }) => {
    await openCreateForm(page);
    const subject = unique('Phone only');
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Dupont');
    await page.getByRole('textbox', { name: 'Phone number 1' }).fill('+33 6 12 34 56 78');
    await page.getByRole('textbox', { name: 'Subject' }).fill(subject);
    const { body, id } = await submitCreate(page, tickets);
    expect(body).toMatchObject({ phone: '+33612345678', name: 'Dupont', subject });
    expect(body).not.toHaveProperty('email');
    await expect(page.getByText(`Ticket #${id} created`)).toBeVisible();
    const ticket = await getTicket(page.request, id);
    expect(ticket.requestor).toMatchObject({ phone: ['+33612345678'], email: [] });
  });

  test('with an e-mail only, submitted with Ctrl+Enter', async ({ page, tickets }) => {
    await openCreateForm(page);
    await page.getByRole('textbox', { name: 'E-mail address 1' }).fill('zoe.martin@example.com');
    await page.getByRole('textbox', { name: 'Subject' }).fill(unique('E-mail only'));
    const { body, id } = await createdFrom(page, () =>
      page.getByRole('textbox', { name: 'Subject' }).press('Control+Enter'),
    );
    tickets.track(id);
    expect(body).toMatchObject({ email: 'zoe.martin@example.com' });
    await expect(page).toHaveURL(new RegExp(`/tickets/${id}$`));
    const ticket = await getTicket(page.request, id);
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

  test('a generic mailbox is refused; national numbers are read for the requestor’s country', async ({
    page,
    tickets,
  }) => {
    await openCreateForm(page);
    const email = page.getByRole('textbox', { name: 'E-mail address 1' });
    await email.fill('support@example.com');
    await email.blur();
    await expect(
      page.getByText('A shared mailbox (contact@, info@, support@…) cannot receive an invitation.'),
    ).toBeVisible();
    // One country control: with none chosen, numbers are read as dialled in France.
    const phone = page.getByRole('textbox', { name: 'Phone number 1' });
    await expect(page.getByText('As dialled in France, or international (+…)')).toBeVisible();
    await phone.fill('06 12 34 56 78');
    await expect(page.getByText('Sent as +33 6 12 34 56 78')).toBeVisible();
    // The requestor's country decides: a German mobile typed as dialled in Germany.
    const country = page.getByRole('combobox', { name: 'Country', exact: true });
    await expect(country).toHaveAccessibleDescription('Also how national phone numbers are read.');
    await country.fill('Germ');
    await page.getByRole('option', { name: 'Germany', exact: true }).click();
    await phone.fill('0151 12345678');
    await expect(page.getByText('Sent as +49 1511 2345678')).toBeVisible();
    await page.getByRole('textbox', { name: 'Subject' }).fill(unique('German mobile'));
    await page.getByRole('button', { name: 'Create ticket' }).click();
    // Only the mailbox is wrong: the focus goes there and nothing is sent.
    await expect(email).toBeFocused();
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await email.fill('lena.weber@example.com');
    const { body } = await submitCreate(page, tickets);
    expect(body).toMatchObject({ phone: '+4915112345678', email: 'lena.weber@example.com', country: 'DE' });
  });

  test('a multi-participant ticket hides the recipient-only fields and does not send them', async ({
    page,
    tickets,
  }) => {
    await openCreateForm(page);
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Should not be sent');
    await page.getByRole('textbox', { name: 'Company' }).fill('Nor this');
    await page.getByRole('radio', { name: 'Multi-participant assistance' }).check();
    for (const label of ['Name', 'First name', 'Company']) {
      await expect(page.getByRole('textbox', { name: label, exact: true })).toBeHidden();
    }
    await expect(page.getByRole('combobox', { name: 'Gender' })).toBeHidden();
    await expect(page.getByRole('combobox', { name: 'Country', exact: true })).toBeHidden();
    await expect(page.getByRole('switch', { name: /Also invite the organizer/ })).toBeChecked();
    // No requestor's country here: the one control left only says how national numbers are read.
    await expect(page.getByRole('combobox', { name: 'Country of the phone numbers' })).toBeVisible();
    await page.getByRole('textbox', { name: 'Phone number 1' }).fill('06 12 34 56 78');
    await expect(page.getByText('Sent as +33 6 12 34 56 78')).toBeVisible();
    await page.getByRole('button', { name: 'Add a phone number' }).click();
    await expect(page.getByRole('textbox', { name: 'Phone number 2' })).toBeFocused();
    await page.getByRole('textbox', { name: 'Phone number 2' }).fill('+4915112345678');
    await page.getByRole('textbox', { name: 'Subject' }).fill(unique('Multi'));
    const { body, id } = await submitCreate(page, tickets);
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
    tickets,
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
    const { body, id } = await submitCreate(page, tickets);
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

  test('sending the invitation now: the notification and the timeline say so', async ({ page, tickets }) => {
    await openCreateForm(page);
    await page.getByRole('textbox', { name: 'E-mail address 1' }).fill('invitee@example.org');
    await page.getByRole('switch', { name: /Send the invitation now/ }).check();
    const { body, id } = await submitCreate(page, tickets);
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
    // The draft is saved 400 ms after the last keystroke: reload once it is in storage.
    await expect
      .poll(() =>
        page.evaluate(() =>
          Object.keys(localStorage)
            .filter((key) => key.startsWith('apizee.draft.'))
            .map((key) => localStorage.getItem(key))
            .join('\n'),
        ),
      )
      .toContain('Boiler leaks');
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
    // Wait for the modal's closing transition, or the next click may land on the fading dialog.
    await expect(dialog).toBeHidden();
    await expect(page).toHaveURL(/\/tickets\/new$/);
    await expect(page.getByRole('textbox', { name: 'Subject' })).toHaveValue('Half typed');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Leave' }).click();
    await expect(page).toHaveURL(/\/tickets(\?|$)/);
    // Reloading the tab asks too (the browser's own dialog).
    await page.goto('/tickets/new');
    await page.getByRole('textbox', { name: 'Subject' }).fill('Typed again');
    const asked = page.waitForEvent('dialog');
    // Dismissed, the reload never ends: nothing waits for it.
    void page.reload().catch(() => undefined);
    const beforeUnload = await asked;
    expect(beforeUnload.type()).toBe('beforeunload');
    await beforeUnload.dismiss();
    await expect(page).toHaveURL(/\/tickets\/new$/);
    await expect(page.getByRole('textbox', { name: 'Subject' })).toHaveValue('Typed again');
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

  test('a network failure keeps every value and offers to retry', async ({ page, tickets }) => {
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
    const { id } = await createdFrom(page, () => page.getByRole('button', { name: 'Retry' }).click());
    tickets.track(id);
    await expect(page).toHaveURL(new RegExp(`/tickets/${id}$`));
  });

  test('an expired session keeps the form across signing in again', async ({ browser }) => {
    const context = await browser.newContext(sessionOf('agent1'));
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
    await page.getByRole('combobox', { name: 'Pays', exact: true }).fill('Allem');
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
