/**
 * Helpers of the ticket detail spec: finding seeded tickets and medias through the API (the seed is
 * deterministic but the spec should not depend on its ids), reading a zip's entry names, axe checks.
 */
import AxeBuilder from '@axe-core/playwright';
import { request as playwrightRequest, type APIRequestContext, type Page } from '@playwright/test';
import { authFile, expect } from './fixtures.ts';
import { normaliseState } from '../src/contract/models.ts';
import { e2ePaths } from './paths.ts';

export type TicketSummary = { id: number; state: string; reference: string; subject: string };
export type MediaSummary = {
  id: number;
  title: string;
  media_type: string;
  status: string;
  mime_type: string;
};

async function getJson<T>(request: APIRequestContext, url: string): Promise<T> {
  const response = await request.get(url);
  expect(response.status(), `GET ${url}`).toBe(200);
  return (await response.json()) as T;
}

/** Every state a ticket can be in (the list's `state` filter). */
export const ALL_STATES = 'new,open,invited,inprogress,done,closed,rejected,declined,expired,cancelled';

/** Every ticket of the admin's enterprise, states read as the SPA reads them (listed once per worker). */
let enterpriseTickets: Promise<TicketSummary[]> | undefined;

function listEnterpriseTickets(): Promise<TicketSummary[]> {
  enterpriseTickets ??= (async () => {
    const admin = await playwrightRequest.newContext({
      baseURL: e2ePaths().baseURL,
      storageState: authFile('admin'),
    });
    try {
      const me = await getJson<{ enterprise_id: number }>(admin, '/api/v3/users/me');
      const services = await getJson<{ data: { key: string }[] }>(
        admin,
        `/api/v3/enterprises/${me.enterprise_id}/services?limit=100`,
      );
      const found: TicketSummary[] = [];
      for (const { key } of services.data) {
        for (let offset = 0; ; offset += 100) {
          const query = new URLSearchParams({
            user: 'all',
            service: key,
            limit: '100',
            offset: String(offset),
          });
          const page = await getJson<{ data: TicketSummary[]; total: number }>(
            admin,
            `/api/v3/tickets?${query}`,
          );
          found.push(...page.data.map((ticket) => ({ ...ticket, state: normaliseState(ticket.state) })));
          if (offset + 100 >= page.total) break;
        }
      }
      return found.sort((a, b) => a.id - b.id);
    } finally {
      await admin.dispose();
    }
  })();
  return enterpriseTickets;
}

/**
 * Tickets the signed-in user of `request` may see, in the given states, by id. Only documented calls,
 * so the strict profile finds the same ones: the admin lists every service's tickets (`user=all`,
 * `service=<key>`), the states are filtered here, and `request`'s own user must be able to open each.
 */
export async function visibleTickets(
  request: APIRequestContext,
  states: string,
  limit = 100,
): Promise<TicketSummary[]> {
  const wanted = new Set(states.split(','));
  const visible: TicketSummary[] = [];
  for (const ticket of await listEnterpriseTickets()) {
    if (!wanted.has(ticket.state)) continue;
    // Another spec's ticket may be gone since the listing: only what this user can open counts.
    if ((await request.get(`/api/v3/tickets/${ticket.id}`)).status() !== 200) continue;
    visible.push(ticket);
    if (visible.length === limit) break;
  }
  return visible;
}

/** Every event of a ticket, following upstream's pages (it may page them: API.md, shapes left open). */
export async function ticketEvents(
  request: APIRequestContext,
  ticketId: number,
): Promise<{ data: { eventName: string }[]; total: number }> {
  const data: { eventName: string }[] = [];
  let total = 0;
  do {
    const query = new URLSearchParams({ offset: String(data.length), limit: '100' });
    const page = await getJson<{ data: { eventName: string }[]; total: number }>(
      request,
      `/api/v3/tickets/${ticketId}/events?${query}`,
    );
    if (page.data.length === 0) break;
    data.push(...page.data);
    total = page.total;
  } while (data.length < total);
  return { data, total };
}

export async function ticketMedias(
  request: APIRequestContext,
  ticketId: number,
  status = 'completed',
): Promise<MediaSummary[]> {
  const query = new URLSearchParams({ status, limit: '100' });
  return (await getJson<{ data: MediaSummary[] }>(request, `/api/v3/tickets/${ticketId}/medias?${query}`))
    .data;
}

/** The first visible ticket (resolved, so it reached a session) whose ready medias satisfy `accept`. */
export async function findTicketWithMedias(
  request: APIRequestContext,
  accept: (medias: MediaSummary[]) => boolean,
  maxMedias = 20,
): Promise<{ ticket: TicketSummary; medias: MediaSummary[] }> {
  for (const ticket of await visibleTickets(request, 'done,closed')) {
    const medias = await ticketMedias(request, ticket.id);
    if (medias.length <= maxMedias && accept(medias)) return { ticket, medias };
  }
  throw new Error('no visible ticket with such medias in the seed');
}

export const countOf = (medias: MediaSummary[], type: string) =>
  medias.filter((m) => m.media_type === type).length;

/** Entry names from a zip's central directory (enough to check what a download holds). */
export function zipEntryNames(zip: Buffer): string[] {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('not a zip: no end of central directory');
  const count = zip.readUInt16LE(eocd + 10);
  let offset = zip.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i += 1) {
    if (zip.readUInt32LE(offset) !== 0x02014b50) throw new Error(`bad central directory entry ${i}`);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    names.push(zip.subarray(offset + 46, offset + 46 + nameLength).toString('utf8'));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

const EXTENSIONS: Record<string, string> = {
  'image/jpeg': '.jpg',
  'image/png': '.png',
  'video/webm': '.webm',
  'video/mp4': '.mp4',
};

/** What the API names each media in a zip: its title plus extension, repeats numbered `name (2).ext`. */
export function expectedZipNames(medias: MediaSummary[]): string[] {
  const taken = new Set<string>();
  return medias.map((media) => {
    const extension = EXTENSIONS[media.mime_type] ?? '';
    let name = `${media.title}${extension}`;
    for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = `${media.title} (${n})${extension}`;
    taken.add(name.toLowerCase());
    return name;
  });
}

export async function expectNoSeriousViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const summary = serious.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join(' | ')}`,
  );
  expect(summary).toEqual([]);
}

/** A full-page screenshot, or only the viewport (for fixed layers such as the lightbox). */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  // From the top: a full-page capture of a scrolled page repeats the fixed header and navbar.
  if (fullPage) await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage });
}
