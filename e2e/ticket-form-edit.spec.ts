/** The edit form (/tickets/:id/edit): partial updates, concurrent edits, refused transitions. */
import { test, xhrHeaders } from './fixtures.ts';
import {
  SCREENSHOTS,
  sessionOf,
  expect,
  expectNoSeriousA11yViolations,
  getTicket,
  pastTheSecondOf,
} from './ticket-form-helpers.ts';

test.describe.configure({ timeout: 120_000 });
test.use(sessionOf('agent1'));

test.describe('edit', () => {
  test('edit the subject and reassign the agent: the list shows it without a reload', async ({
    browser,
    marker,
    tickets,
  }) => {
    const context = await browser.newContext(sessionOf('admin'));
    const page = await context.newPage();
    const users = (await (await page.request.get('/api/v3/enterprises/1/users?search=agent2')).json()) as {
      data: { id: number; username: string; firstname: string; lastname: string }[];
    };
    const agent2 = users.data.find((user) => user.username === 'agent2')!;
    const ticket = await tickets.create({ phone: '+33612345678', subject: marker, agent: 'agent1' });
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

  test('two people edit the same ticket: the second is warned before saving', async ({
    browser,
    marker,
    tickets,
  }) => {
    const open = async () => {
      const context = await browser.newContext(sessionOf('supervisor'));
      return { context, page: await context.newPage() };
    };
    const first = await open();
    const second = await open();
    const ticket = await tickets.create(
      { email: 'shared@example.com', subject: marker, reference: 'R-1', agent: 'supervisor' },
      { as: 'supervisor' },
    );
    await first.page.goto(`/tickets/${ticket.id}/edit`);
    await second.page.goto(`/tickets/${ticket.id}/edit`);
    await expect(second.page.getByRole('textbox', { name: 'Subject' })).toHaveValue(marker);

    // `modified` has a one-second resolution: a save in the second of the creation would look like none.
    await pastTheSecondOf(ticket.modified);
    await first.page.getByRole('textbox', { name: 'Subject' }).fill(`${marker} by first`);
    await first.page.getByRole('button', { name: 'Save' }).click();
    await expect(first.page).toHaveURL(new RegExp(`/tickets/${ticket.id}$`));
    expect((await getTicket(first.page.request, ticket.id)).modified).not.toBe(ticket.modified);

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

  test('reload their version replaces the form with the saved ticket', async ({
    browser,
    marker,
    tickets,
  }) => {
    const context = await browser.newContext(sessionOf('supervisor'));
    const page = await context.newPage();
    const ticket = await tickets.create(
      { email: 'theirs@example.com', subject: marker, agent: 'supervisor' },
      { as: 'supervisor' },
    );
    await page.goto(`/tickets/${ticket.id}/edit`);
    await expect(page.getByRole('textbox', { name: 'Subject' })).toHaveValue(marker);
    await page.getByRole('textbox', { name: 'Subject' }).fill('Mine');
    await pastTheSecondOf(ticket.modified);
    const changed = await page.request.put(`/api/v3/tickets/${ticket.id}`, {
      headers: xhrHeaders,
      data: { subject: `${marker} v2` },
    });
    expect(changed.status()).toBe(204);
    expect((await getTicket(page.request, ticket.id)).modified).not.toBe(ticket.modified);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('button', { name: 'Reload their version' }).click();
    await expect(page.getByRole('textbox', { name: 'Subject' })).toHaveValue(`${marker} v2`);
    await expect(page.getByText('Someone else changed this ticket')).toBeHidden();
    await context.close();
  });

  test('a forbidden transition (409) is explained and nothing is lost', async ({ page, marker, tickets }) => {
    const ticket = await tickets.create(
      { phone: '+33612345678', subject: marker, agent: 'agent1' },
      { as: 'agent1' },
    );
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
