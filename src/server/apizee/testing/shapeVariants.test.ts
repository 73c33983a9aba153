/** The shape-variant profile rewrites answers into every shape API.md leaves open, and nothing else. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from './harness.ts';
import { insertMedia, insertTicket } from './medias.ts';
import { EVENTS_PAGE, EXTRA_ROLE } from './shapeVariants.ts';

type Json = Record<string, unknown>;
const json = async (response: Response) => (await response.json()) as Json;

let plain: Harness;
let variants: Harness;
beforeAll(async () => {
  [plain, variants] = await Promise.all([
    createHarness({ tickets: 30 }),
    createHarness({ tickets: 30, appOptions: { shapeVariants: true } }),
  ]);
});
afterAll(() => {
  plain.close();
  variants.close();
});

async function get(h: Harness, path: string, query?: Record<string, string | number>) {
  const response = await h.request('GET', path, { token: await h.token('admin'), query });
  expect(response.status).toBe(200);
  return json(response);
}

describe('shape variants', () => {
  it('adds an unknown role to every user', async () => {
    expect((await get(variants, '/users/me')).roles).toEqual(['admin', EXTRA_ROLE]);
    expect((await get(plain, '/users/me')).roles).toEqual(['admin']);
  });

  it('sends phones and e-mails as one comma-separated string, and some open tickets as opened', async () => {
    const query = { user: 'all', limit: 100 };
    const [before, after] = [await get(plain, '/tickets', query), await get(variants, '/tickets', query)];
    const tickets = (body: Json) => body.data as Json[];
    const withRequestor = tickets(before).filter((ticket) => ticket.requestor);
    expect(withRequestor.length).toBeGreaterThan(0);
    for (const ticket of withRequestor) {
      const requestor = ticket.requestor as { phone: string[]; email: string[] };
      const variant = tickets(after).find((other) => other.id === ticket.id)!.requestor as Json;
      expect(variant).toMatchObject({ phone: requestor.phone.join(', '), email: requestor.email.join(', ') });
    }
    const open = tickets(before).filter((ticket) => ticket.state === 'open');
    expect(open.length).toBeGreaterThan(0);
    for (const ticket of open) {
      const variant = tickets(after).find((other) => other.id === ticket.id)!;
      expect(variant.state).toBe((ticket.id as number) % 2 === 0 ? 'opened' : 'open');
    }
  });

  it('pages events with string ids, every event once across the pages', async () => {
    const ticketId = insertTicket(variants, { agent: 'agent1', group: 'Support', enterpriseOf: 'agent1' });
    const token = await variants.token('admin');
    for (let i = 0; i < 6; i++) {
      const state = i % 2 === 0 ? 'open' : 'invited';
      const update = await variants.request('PUT', `/tickets/${ticketId}`, { token, json: { state } });
      expect(update.status).toBe(204);
    }
    const first = await get(variants, `/tickets/${ticketId}/events`);
    const total = first.total as number;
    expect(total).toBeGreaterThan(EVENTS_PAGE);
    expect((first.data as Json[]).length).toBe(EVENTS_PAGE);
    expect(first.next_offset).toBe(EVENTS_PAGE);
    const ids: unknown[] = [];
    for (let offset = 0; offset < total; offset += EVENTS_PAGE) {
      const page = await get(variants, `/tickets/${ticketId}/events`, { offset, limit: 100 });
      ids.push(...(page.data as Json[]).map((event) => event.id));
    }
    expect(ids).toHaveLength(total);
    expect(new Set(ids).size).toBe(total);
    for (const id of ids) expect(id).toMatch(/^\d+$/);
  });

  it('gives medias absolute URLs on the origin asked', async () => {
    const ticketId = insertTicket(variants, { agent: 'agent1', group: 'Support', enterpriseOf: 'agent1' });
    const mediaId = insertMedia(variants, ticketId, { title: 'photo', thumbnail: Buffer.from('t') }).id;
    const list = await get(variants, `/tickets/${ticketId}/medias`);
    const media = (list.data as Json[])[0]!;
    expect(media.url).toBe(`http://apizee.test/api/v3/medias/${mediaId}/download`);
    expect(media.thumbnail_url).toBe(`http://apizee.test/api/v3/medias/${mediaId}/thumbnail`);
    expect((await get(variants, `/medias/${mediaId}`)).url).toBe(media.url);
  });

  it('leaves writes and errors alone', async () => {
    const token = await variants.token('agent1');
    const missing = await variants.request('GET', '/tickets/999999', { token });
    expect(missing.status).toBe(404);
    expect(await json(missing)).toMatchObject({ code: 404 });
  });
});
