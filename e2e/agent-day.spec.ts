/**
 * The agent's day (issue 12): create a ticket with a national-format phone and the invitation on, see
 * it invited with the event in the timeline, resend, copy the customer's link, join the call, close it
 * with confirmation and undo; and every role lands on the tickets of its scope after signing in.
 */
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { signIn, strictProfile, test } from './fixtures.ts';
import { columnTexts } from './list-helpers.ts';
import { findTicketWithMedias } from './ticket-detail-helpers.ts';
import {
  expect,
  getTicket,
  openCreateForm,
  SCREENSHOTS,
  sessionOf,
  submitCreate,
  unique,
} from './ticket-form-helpers.ts';

const timeline = (page: Page) => page.getByRole('tabpanel', { name: 'Timeline' });
const stateBadge = (page: Page) => page.getByRole('main').locator('h1').locator('..');

async function darkMode(page: Page) {
  // The notices stack over the header's top right and stay while the pointer is on them (it is, after
  // Undo): the pointer leaves them, and they go.
  await page.mouse.move(300, 600);
  await expect(page.getByRole('alert')).toHaveCount(0, { timeout: 15_000 });
  await page.getByRole('button', { name: /Account menu/ }).click();
  await page.getByRole('menuitem', { name: 'Dark' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
}

test.describe('as agent1', () => {
  test.use({ ...sessionOf('agent1'), permissions: ['clipboard-read', 'clipboard-write'] });

  test('invite, resend, copy the link, join the call, close and undo', async ({ page, context, tickets }) => {
    test.setTimeout(120_000);
    const subject = unique('Agent day');
    await openCreateForm(page);
    // "Send the invitation now" sits at the top, off until a contact is given.
    const invite = page.getByRole('switch', { name: /Send the invitation now/ });
    await expect(invite).not.toBeChecked();
    await page.getByRole('textbox', { name: 'Subject' }).fill(subject);
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Martin');
    // No country chosen: numbers are read as dialled in France, and the form says so.
    await expect(page.getByText('As dialled in France, or international (+…)')).toBeVisible();
    await page.getByRole('textbox', { name: 'Phone number 1' }).fill('06 12 34 56 78');
    await expect(page.getByText('Sent as +33 6 12 34 56 78')).toBeVisible();
    await expect(invite).toBeChecked();
    // agent1 has one group: the ticket starts in it.
    await expect(page.getByRole('combobox', { name: 'Group' })).toHaveValue('Support');

    const { body, id } = await submitCreate(page, tickets);
    expect(body).toMatchObject({ phone: '+33612345678', invite: true });
    await expect(stateBadge(page).getByText('Invited', { exact: true })).toBeVisible();
    await expect(timeline(page).getByText('The invitation was sent to the requestor.')).toBeVisible();
    expect((await getTicket(page.request, id)).state).toBe('invited');

    const calls = page.getByRole('group', { name: 'Call' });
    await expect(calls).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOTS}/agent-day-detail-light.png` });

    // Resend: the only channel the ticket has is SMS; the new event shows at once.
    await calls.getByRole('button', { name: 'Resend invitation · SMS' }).click();
    await expect(page.getByText('Invitation sent again by SMS.')).toBeVisible();
    await expect(timeline(page).getByText('The invitation was sent again.')).toBeVisible();

    // Copy customer link: the customer's join page is on the clipboard.
    await calls.getByRole('button', { name: 'Copy customer link' }).click();
    await expect(page.getByText('The customer’s link is copied', { exact: false })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/\/join\/\d+\.[\w-]+$/);

    // Join the call: the agent's room opens in a new tab.
    const popup = context.waitForEvent('page');
    await calls.getByRole('button', { name: 'Join the call' }).click();
    const room = await popup;
    await room.waitForLoadState();
    expect(room.url()).toMatch(/\/room\/\d+\.[\w-]+$/);
    await expect(room.locator('body')).toContainText(subject);
    await room.close();

    // Close: asks once, Enter confirms; Undo within ten seconds leaves the ticket as it was upstream.
    await page.getByRole('button', { name: 'Change state' }).click();
    const menu = page.getByRole('menu', { name: 'Change state' });
    await expect(menu.getByText('Next steps')).toBeVisible();
    await expect(menu.getByText('Other')).toBeVisible();
    await menu.getByRole('menuitem', { name: 'Closed' }).click();
    const dialog = page.getByRole('dialog', { name: 'Close this ticket?' });
    await expect(dialog.getByRole('button', { name: 'Close the ticket' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(page.getByText('The ticket will be closed in 10 seconds.')).toBeVisible();
    await expect(stateBadge(page).getByText('Closed', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByText('Closing cancelled: the ticket stays “Invited”.')).toBeVisible();
    await expect(stateBadge(page).getByText('Invited', { exact: true })).toBeVisible();
    // Past the undo window, nothing was sent: the ticket is still invited, and can still change.
    await page.waitForTimeout(11_000);
    expect((await getTicket(page.request, id)).state).toBe('invited');
    await page.reload();
    await expect(stateBadge(page).getByText('Invited', { exact: true })).toBeVisible();

    // A change that can be undone upstream: in progress, then Undo sends "invited" back.
    await page.getByRole('button', { name: 'Change state' }).click();
    await menu.getByRole('menuitem', { name: 'In progress' }).click();
    await expect(page.getByText('State changed to “In progress”.')).toBeVisible();
    await expect.poll(async () => (await getTicket(page.request, id)).state).toBe('inprogress');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByText('Undone.')).toBeVisible();
    await expect.poll(async () => (await getTicket(page.request, id)).state).toBe('invited');

    await darkMode(page);
    await page.screenshot({ path: `${SCREENSHOTS}/agent-day-detail-dark.png` });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${SCREENSHOTS}/agent-day-detail-dark-390.png`, fullPage: true });
  });

  test('an agent reassigns only as the server allows, and a closed ticket offers no edit', async ({
    page,
    tickets,
    marker,
  }) => {
    const support = await tickets.groupId('Support');
    const ticket = await tickets.create({ phone: '+33612345678', subject: `${marker} take`, group: support });
    await page.goto(`/tickets/${ticket.id}`);
    const assignment = page.getByRole('heading', { name: 'Assignment' }).locator('..').locator('..');
    await assignment.getByRole('button', { name: 'Assign to me' }).click();
    await expect(page.getByText('The ticket is now yours.')).toBeVisible();
    await expect(page.getByTestId('ticket-agent')).not.toHaveText('Unassigned');
    expect((await getTicket(page.request, ticket.id)).agent?.username).toBe('agent1');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByText('Undone.')).toBeVisible();
    await expect.poll(async () => (await getTicket(page.request, ticket.id)).agent).toBeNull();

    // The pickers offer agent1 himself (or nobody), in his own group only.
    await assignment.getByRole('button', { name: 'Reassign' }).click();
    await page.getByRole('combobox', { name: 'Agent' }).click();
    const agents = page.getByRole('option');
    await expect(agents).toHaveText(['Unassigned', /.+/]);
    await page.keyboard.press('Escape');
    await page.getByRole('combobox', { name: 'Group' }).click();
    await expect(page.getByRole('option')).toHaveText(['No group', 'Support']);
    await page.keyboard.press('Escape');

    const closed = await tickets.create({
      phone: '+33612345678',
      subject: `${marker} closed`,
      group: support,
      state: 'closed',
    });
    await page.goto(`/tickets/${closed.id}`);
    const edit = page.getByRole('button', { name: 'Edit' });
    await expect(edit).toHaveAttribute('aria-disabled', 'true');
    await expect(edit).toHaveAccessibleDescription('A closed ticket cannot be edited.');
    await expect(
      page.getByRole('button', { name: /Send invitation|Resend invitation/ }),
    ).toHaveAccessibleDescription('A closed ticket cannot be invited.');
  });

  test('the row menu of the list invites and assigns', async ({ page, tickets, marker }) => {
    const support = await tickets.groupId('Support');
    const ticket = await tickets.create({
      phone: '+33612345678',
      subject: `${marker} row`,
      group: support,
      state: 'open',
    });
    // The gateway's store lists "everything I can see" in both profiles: the group's unassigned ticket.
    await page.goto(`/tickets?search=${marker}&user=visible`);
    await page.getByRole('button', { name: `Actions for ticket ${ticket.id}` }).click();
    const menu = page.getByRole('menu', { name: `Actions for ticket ${ticket.id}` });
    await menu.getByRole('menuitem', { name: 'Send invitation' }).click();
    await expect(page.getByText('Invitation sent by SMS.')).toBeVisible();
    await expect.poll(async () => (await getTicket(page.request, ticket.id)).state).toBe('invited');
    await page.getByRole('button', { name: `Actions for ticket ${ticket.id}` }).click();
    await menu.getByRole('menuitem', { name: 'Assign to me' }).click();
    await expect(page.getByText('The ticket is now yours.')).toBeVisible();
    await expect.poll(async () => (await getTicket(page.request, ticket.id)).agent?.username).toBe('agent1');
  });
});

test.describe('the first screen after signing in', () => {
  for (const user of ['admin', 'supervisor'] as const) {
    test(`shows ${user === 'admin' ? 'the enterprise' : 'the groups'}’ tickets to the ${user}`, async ({
      page,
    }) => {
      await signIn(page, user);
      await expect(page).toHaveURL(/\/tickets/);
      const assigned = page.getByRole('group', { name: 'Active filters' });
      if (user === 'admin') {
        await expect(page).toHaveURL(/[?&]user=all(&|$)/);
        await expect(assigned.getByText('Assigned to: All users')).toBeVisible();
      } else {
        // The gateway's store lists "everything I can see", in the strict profile too.
        await expect(page).toHaveURL(/[?&]user=visible(&|$)/);
        await expect(assigned.getByText('Assigned to: Everything I can see')).toBeVisible();
      }
      await expect(page).toHaveURL(/[?&]state=new,open,invited,inprogress(&|$)/);
      const rows = page.locator('tbody tr');
      await expect(rows.first()).toBeVisible();
      // Tickets of other people than the one signed in. Not for a supervisor on a documented-only
      // Apizee: the store's sync reads his own tickets there (gateway/sync/scopes.ts), his colleagues'
      // reach it only through webhooks, and a fresh stand-in has sent none yet.
      if (user === 'admin' || !strictProfile) {
        const agentsShown = async () => {
          const agents = await columnTexts(page, 'Agent');
          return new Set(agents.filter((agent) => agent !== 'Unassigned')).size;
        };
        await expect.poll(agentsShown, { timeout: 15_000 }).toBeGreaterThan(1);
      }
      await expect(
        page
          .getByRole('link', { name: 'Active tickets' })
          .or(page.getByRole('button', { name: 'Active tickets' })),
      ).toBeVisible();
    });
  }
});

test.describe('as admin', () => {
  test.use(sessionOf('admin'));

  test('the PDF export reads in French, in the reader’s time zone, with the photos', async ({ page }) => {
    const { ticket } = await findTicketWithMedias(page.request, (medias) =>
      medias.some((media) => media.media_type === 'image'),
    );
    const response = await page.request.get(
      `/api/v3/tickets/${ticket.id}/export?format=pdf&timeline=true&lang=fr&tz=Europe%2FParis`,
    );
    expect(response.status()).toBe(200);
    const pdf = await response.body();
    expect(pdf.toString('latin1')).toMatch(/\/Subtype \/Image/);
    writeFileSync(`${SCREENSHOTS}/agent-day-export-fr.pdf`, pdf);
    const refused = await page.request.get(
      `/api/v3/tickets/${ticket.id}/export?format=pdf&tz=Nowhere%2FLand`,
    );
    expect(refused.status()).toBe(400);
    expect(await refused.json()).toMatchObject({ errors: { tz: [expect.any(String)] } });
  });
});
