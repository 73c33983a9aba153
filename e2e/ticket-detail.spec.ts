import { readFile } from 'node:fs/promises';
import { authFile, expect, strictProfile, test } from './fixtures.ts';
import {
  ALL_STATES,
  countOf,
  ticketEvents,
  expectedZipNames,
  expectNoSeriousViolations,
  findTicketWithMedias,
  screenshot,
  visibleTickets,
  zipEntryNames,
} from './ticket-detail-helpers.ts';

type VideoLike = {
  muted: boolean;
  currentTime: number;
  duration: number;
  play(): Promise<void>;
  pause(): void;
  addEventListener(type: string, listener: () => void, options: { once: boolean }): void;
};

test.describe('as an agent', () => {
  test.use({ storageState: authFile('agent1') });

  test('opens a ticket from the list, moves to the next one, and is not offered Delete', async ({
    page,
    marker,
    tickets,
  }) => {
    // Two tickets of agent1's, found by the marker: the list sorts by start time, latest first.
    const day = 24 * 60 * 60 * 1000;
    const at = (days: number) => new Date(Date.now() + days * day).toISOString().replace(/\.\d+Z$/, 'Z');
    const first = await tickets.create({
      phone: '+33612345678',
      subject: `${marker} first`,
      agent: 'agent1',
      start_time: at(2),
    });
    const second = await tickets.create({
      phone: '+33612345678',
      subject: `${marker} second`,
      agent: 'agent1',
      start_time: at(1),
    });
    await page.goto(`/tickets?search=${marker}`);
    const links = page.getByRole('table').getByRole('link');
    await expect(links).toHaveCount(2);
    await expect(links.first()).toHaveAttribute('href', `/tickets/${first.id}`);
    await expect(links.nth(1)).toHaveAttribute('href', `/tickets/${second.id}`);
    await links.first().click();

    await expect(page).toHaveURL(new RegExp(`/tickets/${first.id}$`));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    for (const section of ['Requestor', 'Schedule', 'Assignment', 'Description']) {
      await expect(page.getByRole('region', { name: section })).toBeVisible();
    }
    await expect(page.getByRole('tab', { name: 'Timeline', selected: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Edit' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Delete' })).toHaveCount(0);

    const pager = page.getByRole('navigation', { name: 'Tickets of the current list' });
    await expect(pager).toContainText(/^1 of 2/);
    await pager.getByRole('link', { name: 'Next ticket' }).click();
    await expect(page).toHaveURL(new RegExp(`/tickets/${second.id}(/timeline)?$`));
    await expect(pager).toContainText(/2 of 2/);
  });

  test('explains a ticket that does not exist or is not visible', async ({ page }) => {
    await page.goto('/tickets/999999');
    await expect(page.getByText('This ticket does not exist or is not visible to you.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Back to the list' })).toBeVisible();
  });
});

test.describe('as a supervisor', () => {
  test.use({ storageState: authFile('supervisor') });

  test('shows the timeline in time order, with details and a family filter', async ({ page }) => {
    const { ticket } = await findTicketWithMedias(page.request, (medias) => medias.length > 0);
    const events = await ticketEvents(page.request, ticket.id);
    await page.goto(`/tickets/${ticket.id}/timeline`);
    const panel = page.getByRole('tabpanel', { name: 'Timeline' });
    const items = panel.locator('ol > li');
    await expect(items).toHaveCount(events.data.length);
    await expect(items.first()).toContainText('The ticket was created.');

    const times = await panel
      .locator('ol > li time')
      .evaluateAll((nodes) => nodes.map((n) => Date.parse(n.getAttribute('datetime') ?? '')));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    for (const { eventName } of events.data) await expect(panel).not.toContainText(eventName);

    const located = items.filter({ hasText: 'The requestor shared their location.' });
    if (events.data.some((e) => e.eventName === 'geo.ansAllowed')) {
      await located.getByRole('button', { name: 'Details' }).click();
      await expect(located.getByRole('link', { name: 'Open in OpenStreetMap' })).toHaveAttribute(
        'href',
        /^https:\/\/www\.openstreetmap\.org\/\?mlat=-?[\d.]+&mlon=-?[\d.]+/,
      );
    }
    await screenshot(page, 'timeline');

    // Every ticket has ticket events ("Ticket (3)"): checking that chip shows only those.
    const ticketChipLabel = (await page.getByText(/^Ticket \(\d+\)$/).textContent()) ?? '';
    const filter = page.getByRole('group', { name: 'Show events of' });
    await filter.getByText(ticketChipLabel, { exact: true }).click();
    await expect(filter.getByRole('checkbox', { name: ticketChipLabel })).toBeChecked();
    await expect(items).toHaveCount(Number(ticketChipLabel.match(/\d+/)?.[0]));
    await filter.getByText('All', { exact: true }).click();
    await expect(items).toHaveCount(events.data.length);
  });

  test('the detail page has no serious accessibility violation, in light and dark', async ({ page }) => {
    test.slow(); // two full axe runs on a shared, busy machine
    const { ticket } = await findTicketWithMedias(page.request, (medias) => medias.length > 0);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`/tickets/${ticket.id}`);
      await expect(page.getByRole('tabpanel', { name: 'Timeline' }).locator('ol > li').first()).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
      await expectNoSeriousViolations(page);
      if (scheme === 'light') await screenshot(page, 'detail');
      else await screenshot(page, 'detail-dark');
    }
  });

  test('opens a photo in the lightbox, moves with the keys, zooms and closes with Esc', async ({ page }) => {
    test.slow(); // includes an axe run
    const { ticket } = await findTicketWithMedias(page.request, (medias) => countOf(medias, 'image') >= 2);
    await page.goto(`/tickets/${ticket.id}/medias`);
    const cards = page.getByRole('link', { name: /^Open / });
    await expect(cards.first()).toBeVisible();
    await cards.first().click();

    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/tickets/${ticket.id}/medias/\\d+$`));
    const firstUrl = page.url();
    await expect(dialog).toContainText(/1 of \d+/);

    await page.keyboard.press('ArrowRight');
    await expect(dialog).toContainText(/2 of \d+/);
    expect(page.url()).not.toBe(firstUrl);
    await page.keyboard.press('ArrowLeft');
    await expect(dialog).toContainText(/1 of \d+/);
    expect(page.url()).toBe(firstUrl);

    // The first item is the newest: move until an image is shown, then zoom it.
    const image = dialog.locator('img');
    for (let step = 0; step < 5 && !(await image.isVisible()); step += 1)
      await page.keyboard.press('ArrowRight');
    await expect(image).toBeVisible();
    await page.keyboard.press('+');
    await expect(dialog.getByText('Zoom 150%')).toBeVisible();
    await page.keyboard.press('0');
    await expect(dialog.getByText('Zoom 100%')).toBeVisible();
    await image.click();
    await expect(dialog.getByText('Zoom 200%')).toBeVisible();
    await expect(dialog.getByRole('region', { name: 'Details' })).toContainText('Size');

    await expectNoSeriousViolations(page);
    await screenshot(page, 'lightbox', false);

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page).toHaveURL(new RegExp(`/tickets/${ticket.id}/medias$`));
  });

  test('plays a video from a deep link and seeks in it (served in ranges)', async ({ page }) => {
    const { ticket, medias } = await findTicketWithMedias(page.request, (m) => countOf(m, 'video') >= 1);
    const video = medias.find((media) => media.media_type === 'video');
    const ranged = page.waitForResponse(
      (r) => r.url().includes(`/medias/${video?.id}/download`) && r.status() === 206,
    );
    await page.goto(`/tickets/${ticket.id}/medias/${video?.id}`);
    const player = page.getByRole('dialog').locator('video');
    await expect(player).toBeVisible();
    expect((await ranged).headers()['content-range']).toMatch(/^bytes \d+-\d+\/\d+$/);

    const position = await player.evaluate(async (node) => {
      const element = node as unknown as VideoLike;
      element.muted = true;
      await element.play();
      element.pause();
      const seeked = new Promise<void>((resolve) =>
        element.addEventListener('seeked', resolve, { once: true }),
      );
      element.currentTime = Math.min(3, element.duration / 2);
      await seeked;
      return { time: element.currentTime, duration: element.duration };
    });
    expect(position.time).toBeGreaterThan(1);
    expect(position.time).toBeLessThan(position.duration);
  });

  test('downloads all medias, or a selection, as one zip', async ({ page }) => {
    const { ticket, medias } = await findTicketWithMedias(page.request, (m) => m.length >= 3);
    await page.goto(`/tickets/${ticket.id}/medias`);
    await page.getByRole('button', { name: 'Download all' }).click();
    await page.getByRole('textbox', { name: 'File name' }).fill('e2e medias');
    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download', exact: true }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('e2e medias.zip');
    const zip = await readFile(await download.path());
    expect(zip.subarray(0, 4)).toEqual(Buffer.from('PK\x03\x04', 'binary'));
    expect(zipEntryNames(zip).sort()).toEqual(expectedZipNames(medias).sort());

    await page.keyboard.press('Escape');
    const checkboxes = page.getByRole('checkbox', { name: /^Select / });
    await checkboxes.nth(0).check();
    await checkboxes.nth(1).check();
    await expect(page.getByText('2 selected')).toBeVisible();
    if (strictProfile) {
      // Upstream cannot zip a selection: the button says why instead of zipping everything.
      const unavailable = page.getByRole('button', { name: 'Download selection (zip)' });
      await expect(unavailable).toHaveAttribute('aria-disabled', 'true');
      await expect(unavailable).toHaveAccessibleDescription(/cannot zip a selection/);
      return;
    }
    const selection = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download selection (zip)' }).click();
    const selected = await readFile(await (await selection).path());
    expect(zipEntryNames(selected)).toHaveLength(2);
  });

  test('exports the ticket as CSV', async ({ page }) => {
    const [ticket] = await visibleTickets(page.request, 'done', 1);
    await page.goto(`/tickets/${ticket?.id}`);
    await page.getByRole('button', { name: 'Export' }).click();
    const downloading = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: 'CSV with timeline' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
    expect(csv.split(/\r?\n/)[0]).toBe('section,name,value,timestamp,source');
    expect(csv).toContain(ticket?.reference ?? '');
  });

  test('changes the state and the list shows it; a refused change is rolled back', async ({
    page,
    marker,
    tickets,
  }) => {
    const open = (label: string) =>
      tickets.create({
        phone: '+33612345678',
        subject: `${marker} ${label}`,
        reference: `${marker}-${label}`,
        agent: 'supervisor',
        state: 'open',
      });
    const ticket = await open('changed');
    const other = await open('refused');
    await page.goto(`/tickets/${ticket.id}`);
    await page.getByRole('button', { name: 'Change state' }).click();
    await page.getByRole('menuitem', { name: 'In progress' }).click();
    await expect(page.getByText('State changed to “In progress”.')).toBeVisible();
    await expect(page.locator('[data-state="inprogress"]').first()).toBeVisible();

    await page.goto(`/tickets?user=visible&service=all&reference=${encodeURIComponent(ticket.reference)}`);
    const row = page.getByRole('row', { name: new RegExp(ticket.subject) });
    await expect(row).toContainText('In progress');

    // Someone else closed `other` meanwhile: the API answers 409, the page rolls back and gives the
    // server's reason.
    await page.route(`**/api/v3/tickets/${other.id}`, (route) =>
      route.request().method() === 'PUT'
        ? route.fulfill({ status: 409, json: { code: 409, message: 'A closed ticket cannot change' } })
        : route.continue(),
    );
    await page.goto(`/tickets/${other.id}`);
    await page.getByRole('button', { name: 'Change state' }).click();
    await page.getByRole('menuitem', { name: 'Cancelled' }).click();
    await expect(page.getByText('Refused by the server: A closed ticket cannot change')).toBeVisible();
    await expect(page.locator('[data-state="open"]').first()).toBeVisible();
    await expect(page.locator('[data-state="cancelled"]')).toHaveCount(0);
  });

  test('reassigns the agent and group from the summary', async ({ page, marker, tickets }) => {
    // Sophie Laurent's, in Field experts (one of the supervisor's groups): moved to Support, to Marc Lemaire.
    const ticket = await tickets.create({
      phone: '+33612345678',
      subject: marker,
      agent: 'agent3',
      group: await tickets.groupId('Field experts'),
      state: 'open',
    });
    await page.goto(`/tickets/${ticket.id}`);
    const card = page.getByRole('region', { name: 'Assignment' });
    await expect(card).toContainText('Sophie Laurent');
    await card.getByRole('button', { name: 'Reassign' }).click();
    await card.getByRole('combobox', { name: 'Group' }).click();
    await page.getByRole('option', { name: 'Support', exact: true }).click();
    await card.getByRole('combobox', { name: 'Agent' }).click();
    await page.getByRole('option', { name: 'Marc Lemaire' }).click();
    await card.getByRole('button', { name: 'Apply' }).click();
    await expect(page.getByText('Assignment updated.')).toBeVisible();
    await expect(card).toContainText('Marc Lemaire');
    await expect(card).toContainText('Support');

    await page.reload();
    await expect(page.getByRole('region', { name: 'Assignment' })).toContainText('Marc Lemaire');
    await expect(page.getByRole('region', { name: 'Assignment' })).toContainText('Support');
  });

  test('deletes a ticket after confirmation; the list no longer shows it', async ({
    page,
    marker,
    tickets,
  }) => {
    const ticket = await tickets.create({
      phone: '+33612345678',
      subject: marker,
      reference: marker,
      agent: 'supervisor',
    });
    await page.goto(`/tickets/${ticket.id}`);
    await page.getByRole('button', { name: 'Delete' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete this ticket?' });
    await expect(dialog).toContainText(ticket.subject);
    await dialog.getByRole('button', { name: 'Delete the ticket' }).click();
    await expect(page).toHaveURL(/\/tickets(\?.*)?$/);
    await expect(page.getByText('The ticket was deleted.')).toBeVisible();
    await expect(page.getByRole('link', { name: ticket.subject })).toHaveCount(0);

    await page.goto(`/tickets?user=visible&service=all&reference=${encodeURIComponent(ticket.reference)}`);
    await expect(page.getByText(/^No ticket matches these filters/)).toBeVisible();
    await expect(page.getByRole('table').getByRole('link', { name: ticket.subject })).toHaveCount(0);
    expect((await page.request.get(`/api/v3/tickets/${ticket.id}`)).status()).toBe(404);
  });
});

test.describe('as an admin', () => {
  test.use({ storageState: authFile('admin') });

  test('a gallery of 300 medias loads thumbnails only, lazily', async ({ page }) => {
    // The seed's large ticket may be in any state (it is in progress today).
    let big: number | undefined;
    for (const candidate of await visibleTickets(page.request, ALL_STATES)) {
      const response = await page.request.get(
        `/api/v3/tickets/${candidate.id}/medias?limit=1&status=completed,failed`,
      );
      const { total } = (await response.json()) as { total: number };
      if (total >= 300) {
        big = candidate.id;
        break;
      }
    }
    expect(big, 'the seed has a ticket with 300 medias').toBeDefined();
    const thumbnails: Promise<number>[] = [];
    let fullFiles = 0;
    page.on('response', (response) => {
      if (/\/medias\/\d+\/thumbnail/.test(response.url()))
        thumbnails.push(response.body().then((body) => body.length));
      if (/\/medias\/\d+\/download/.test(response.url())) fullFiles += 1;
    });
    await page.goto(`/tickets/${big}/medias`);
    await expect(page.getByRole('link', { name: /^Open / }).first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    const sizes = await Promise.all(thumbnails);
    const bytes = sizes.reduce((sum, size) => sum + size, 0);
    const shown = (await (
      await page.request.get(
        `/api/v3/tickets/${big}/medias?status=pending,processing,completed,failed&limit=48`,
      )
    ).json()) as { data: { size: number }[] };
    const fullBytes = shown.data.reduce((sum, media) => sum + media.size, 0);
    console.log(
      `[bench] 300-media gallery, first screen: ${thumbnails.length} thumbnails = ${bytes} B fetched, ` +
        `${fullFiles} full files (the same ${shown.data.length} medias in full: ${fullBytes} B)`,
    );
    test
      .info()
      .annotations.push({ type: 'first-screen', description: `${thumbnails.length} thumbnails, ${bytes} B` });
    expect(fullFiles).toBe(0);
    if (strictProfile) {
      // No thumbnails upstream: a placeholder per media, and never a full file in their place.
      expect(thumbnails).toHaveLength(0);
      await expect(page.getByText('No previews from this server').first()).toBeVisible();
      return;
    }
    expect(thumbnails.length).toBeGreaterThan(0);
    expect(thumbnails.length).toBeLessThanOrEqual(48);
  });
});
