import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mediaListSchema, type Media } from '../../../contract/models.ts';
import { createHarness, type Harness } from '../testing/harness.ts';
import { FIXTURE_DAY, insertMedia, insertTicket } from '../testing/medias.ts';

let h: Harness;
let ticketId: number;
const ids: Record<string, number> = {};

beforeAll(async () => {
  h = await createHarness({ tickets: 10 });
  ticketId = insertTicket(h, { agent: 'agent1', group: 'Support', enterpriseOf: 'agent1' });
  const add = (key: string, fixture: Parameters<typeof insertMedia>[2]) => {
    ids[key] = insertMedia(h, ticketId, fixture).id;
  };
  add('meter', {
    title: 'Meter reading',
    tags: ['Meter', 'before'],
    user: 'agent1',
    minute: 1,
    bytes: Buffer.alloc(300),
  });
  add('plate', {
    title: 'Plate',
    description: 'Serial 100% visible',
    user: 'agent2',
    minute: 2,
    bytes: Buffer.alloc(100),
  });
  add('screen', {
    title: 'Screen',
    source: 'screen_capture',
    tags: ['after'],
    user: 'agent1',
    minute: 3,
    bytes: Buffer.alloc(200),
  });
  add('video', {
    title: 'Recording',
    media_type: 'video',
    user: 'agent3',
    minute: 4,
    bytes: Buffer.alloc(500),
  });
  add('audio', {
    title: 'Voice',
    media_type: 'audio',
    mime_type: 'audio/mp4',
    source: 'recording',
    extension: '.m4a',
    minute: 5,
    user: null,
  });
  add('processing', {
    title: 'Long recording',
    media_type: 'video',
    status: 'processing',
    bytes: null,
    minute: 6,
    user: 'agent1',
  });
  add('failed', { title: 'Broken', status: 'failed', bytes: null, minute: 7, user: 'agent1' });
  add('pending', { title: 'Queued', status: 'pending', bytes: null, minute: 8, user: 'agent1' });
});

afterAll(() => h.close());

async function list(query: Record<string, string | number> = {}, user = 'agent1') {
  const response = await h.request('GET', `/tickets/${ticketId}/medias`, {
    token: await h.token(user),
    query,
  });
  return { response, body: (await response.json()) as unknown };
}

async function titles(query: Record<string, string | number> = {}, user = 'agent1'): Promise<string[]> {
  const { response, body } = await list({ limit: 100, ...query }, user);
  expect(response.status).toBe(200);
  return mediaListSchema.parse(body).data.map((media) => media.title);
}

describe('GET /tickets/{id}/medias', () => {
  it('lists completed medias, newest first, in the contract shape', async () => {
    const { response, body } = await list();
    expect(response.status).toBe(200);
    const page = mediaListSchema.parse(body);
    expect(page.data.map((m) => m.title)).toEqual(['Voice', 'Recording', 'Screen', 'Plate', 'Meter reading']);
    expect(page.total).toBe(5);
    expect(page.next_offset).toBeNull();
    const meter = page.data.find((m) => m.id === ids.meter) as Media;
    expect(meter).toMatchObject({
      ticket_id: ticketId,
      media_type: 'image',
      source: 'snapshot',
      status: 'completed',
      size: 300,
      tags: ['Meter', 'before'],
      user: { id: h.userId('agent1'), username: 'agent1' },
      created: new Date(FIXTURE_DAY + 60_000).toISOString().replace('.000Z', '+00:00'),
      url: `/api/v3/medias/${ids.meter}/download`,
    });
  });

  it('filters by one or more statuses', async () => {
    expect(await titles({ status: 'processing' })).toEqual(['Long recording']);
    expect(await titles({ status: 'failed,pending' })).toEqual(['Queued', 'Broken']);
    expect(await titles({ status: 'pending,processing,completed,failed' })).toHaveLength(8);
  });

  it('filters by media type, source and tag', async () => {
    expect(await titles({ media_type: 'video' })).toEqual(['Recording']);
    expect(await titles({ media_type: 'audio' })).toEqual(['Voice']);
    expect(await titles({ media_type: 'document' })).toEqual([]);
    expect(await titles({ source: 'screen_capture' })).toEqual(['Screen']);
    expect(await titles({ tag: 'meter' })).toEqual(['Meter reading']);
    expect(await titles({ tag: 'after' })).toEqual(['Screen']);
    expect(await titles({ tag: 'mete' })).toEqual([]);
  });

  it('filters by author and by the author’s group', async () => {
    expect(await titles({ user: h.userId('agent1') })).toEqual(['Screen', 'Meter reading']);
    // Field experts: supervisor, agent2, agent3.
    const fieldExperts = h.db
      .prepare("SELECT id FROM user_groups WHERE name = 'Field experts'")
      .pluck()
      .get() as number;
    expect(await titles({ group: fieldExperts })).toEqual(['Recording', 'Plate']);
  });

  it('keeps user=all for administrators', async () => {
    const { response, body } = await list({ user: 'all' });
    expect(response.status).toBe(403);
    expect(body).toMatchObject({ code: 403 });
    expect(await titles({ user: 'all' }, 'admin')).toHaveLength(5);
  });

  it('filters by creation time, half-open like the ticket list (the media at minute 2 is out of until=2)', async () => {
    const at = (minute: number) => new Date(FIXTURE_DAY + minute * 60_000).toISOString();
    expect(await titles({ since: at(4) })).toEqual(['Voice', 'Recording']);
    expect(await titles({ until: at(2) })).toEqual(['Meter reading']);
    expect(await titles({ since: at(2), until: at(4) })).toEqual(['Screen', 'Plate']);
  });

  it('searches titles, descriptions and tags, every word, with literal wildcards', async () => {
    expect(await titles({ search: 'reading' })).toEqual(['Meter reading']);
    expect(await titles({ search: 'serial' })).toEqual(['Plate']);
    expect(await titles({ search: 'BEFORE' })).toEqual(['Meter reading']);
    expect(await titles({ search: 'meter before' })).toEqual(['Meter reading']);
    expect(await titles({ search: 'meter after' })).toEqual([]);
    expect(await titles({ search: '100%' })).toEqual(['Plate']);
    expect(await titles({ search: '%' })).toEqual(['Plate']);
    expect(await titles({ search: '_' })).toEqual([]);
  });

  it('sorts by date, title, size and media type, both ways', async () => {
    expect(await titles({ order: 'asc' })).toEqual([
      'Meter reading',
      'Plate',
      'Screen',
      'Recording',
      'Voice',
    ]);
    expect(await titles({ orderby: 'title', order: 'asc' })).toEqual([
      'Meter reading',
      'Plate',
      'Recording',
      'Screen',
      'Voice',
    ]);
    expect(await titles({ orderby: 'size' })).toEqual([
      'Voice',
      'Recording',
      'Meter reading',
      'Screen',
      'Plate',
    ]);
    expect((await titles({ orderby: 'media_type', order: 'asc' }))[0]).toBe('Voice');
    expect((await titles({ orderby: 'media_type', order: 'desc' }))[0]).toBe('Recording');
  });

  it('pages with offset and limit', async () => {
    const first = mediaListSchema.parse((await list({ limit: 2 })).body);
    expect(first.data.map((m) => m.title)).toEqual(['Voice', 'Recording']);
    expect(first).toMatchObject({ total: 5, next_offset: 2 });
    const last = mediaListSchema.parse((await list({ limit: 2, offset: 4 })).body);
    expect(last.data.map((m) => m.title)).toEqual(['Meter reading']);
    expect(last.next_offset).toBeNull();
  });

  it('answers 400 naming each invalid parameter', async () => {
    for (const [param, value] of [
      ['status', 'done'],
      ['status', Array.from({ length: 20 }, () => 'completed').join(',')],
      ['media_type', 'gif'],
      ['source', 'camera'],
      ['orderby', 'name'],
      ['order', 'up'],
      ['since', '2026-13-45'],
      ['user', 'me'],
      ['group', '-1'],
      ['limit', '1000'],
      ['offset', '-1'],
    ] as const) {
      const { response, body } = await list({ [param]: value });
      expect(response.status, `${param}=${value}`).toBe(400);
      expect((body as { errors: Record<string, string[]> }).errors).toHaveProperty(param);
    }
  });
});
