import crypto from 'node:crypto';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../testing/harness.ts';
import { zipFilename } from './mediasZip.ts';
import { insertMedia, insertTicket, type InsertedMedia } from '../testing/medias.ts';
import { readZip } from '../testing/zipReader.ts';

let h: Harness;
let token: string;
let ticketId: number;
const medias: Record<string, InsertedMedia> = {};

beforeAll(async () => {
  h = await createHarness({ tickets: 10 });
  token = await h.token('agent1');
  ticketId = insertTicket(h, { agent: 'agent1', group: 'Support', enterpriseOf: 'agent1' });
  medias.first = insertMedia(h, ticketId, { title: 'photo', minute: 1, bytes: crypto.randomBytes(4000) });
  medias.second = insertMedia(h, ticketId, { title: 'photo', minute: 2, bytes: crypto.randomBytes(3000) });
  medias.third = insertMedia(h, ticketId, { title: 'Photo.jpg', minute: 3, bytes: crypto.randomBytes(2000) });
  medias.clip = insertMedia(h, ticketId, {
    title: '../../clip',
    media_type: 'video',
    minute: 4,
    bytes: crypto.randomBytes(6000),
  });
  medias.doc = insertMedia(h, ticketId, {
    title: 'report',
    media_type: 'document',
    source: 'upload',
    mime_type: 'application/pdf',
    extension: '.pdf',
    minute: 5,
    bytes: Buffer.from('%PDF-1.4 '.repeat(500)),
  });
  medias.processing = insertMedia(h, ticketId, {
    title: 'later',
    media_type: 'video',
    status: 'processing',
    bytes: null,
    minute: 6,
  });
  medias.failed = insertMedia(h, ticketId, { title: 'broken', status: 'failed', minute: 7 });
});

afterAll(() => h.close());

const zip = (query: Record<string, string> = {}) =>
  h.request('GET', `/tickets/${ticketId}/medias/download`, { token, query });

async function entries(response: Response) {
  expect(response.status).toBe(200);
  return readZip(new Uint8Array(await response.arrayBuffer()));
}

describe('GET /tickets/{id}/medias/download', () => {
  it('zips the completed medias byte for byte under distinct, safe names', async () => {
    const response = await zip({ order: 'asc' });
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="ticket-${ticketId}-medias.zip"; filename*=UTF-8''ticket-${ticketId}-medias.zip`,
    );
    const listing = await entries(response);
    expect(listing.map((e) => e.name)).toEqual([
      'photo.jpg',
      'photo (2).jpg',
      'Photo (3).jpg',
      '_.._clip.mp4',
      'report.pdf',
    ]);
    const files = [medias.first, medias.second, medias.third, medias.clip, medias.doc];
    for (const [index, media] of files.entries()) {
      expect(
        Buffer.from(listing[index]!.data).equals(fs.readFileSync(media!.filePath!)),
        listing[index]!.name,
      ).toBe(true);
    }
  });

  it('stores JPEG and MP4 as they are and deflates the rest', async () => {
    const listing = await entries(await zip({ order: 'asc' }));
    expect(listing.map((e) => e.method)).toEqual([0, 0, 0, 0, 8]);
  });

  it('announces the exact length when every entry is stored', async () => {
    const response = await zip({ media_type: 'image' });
    const length = Number(response.headers.get('content-length'));
    expect((await response.arrayBuffer()).byteLength).toBe(length);
  });

  it('answers HEAD with the headers only', async () => {
    const response = await h.request('HEAD', `/tickets/${ticketId}/medias/download`, {
      token,
      query: { media_type: 'image' },
    });
    expect(response.status).toBe(200);
    expect(Number(response.headers.get('content-length'))).toBeGreaterThan(9000);
    expect((await response.arrayBuffer()).byteLength).toBe(0);
  });

  it('takes the list filters and ids', async () => {
    expect((await entries(await zip({ media_type: 'video' }))).map((e) => e.name)).toEqual(['_.._clip.mp4']);
    const ids = `${medias.second!.id},${medias.doc!.id}`;
    expect((await entries(await zip({ ids, order: 'asc' }))).map((e) => e.name)).toEqual([
      'photo.jpg',
      'report.pdf',
    ]);
  });

  it('leaves out medias without a final file, even when asked for by id or status', async () => {
    const query = {
      ids: `${medias.processing!.id},${medias.failed!.id},${medias.first!.id}`,
      status: 'processing,failed,completed',
    };
    expect((await entries(await zip(query))).map((e) => e.name)).toEqual(['photo.jpg']);
    const none = await zip({ status: 'processing,failed' });
    expect(none.status).toBe(404);
  });

  it('cleans the requested file name', async () => {
    const response = await zip({ filename: '../Relevés\u0007/été\\.zip' });
    await response.body?.cancel();
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="_Releves_ete_.zip"; filename*=UTF-8''_Relev%C3%A9s_%C3%A9t%C3%A9_.zip`,
    );
  });

  it('answers 400 for invalid ids', async () => {
    const response = await zip({ ids: '1,abc' });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ errors: { ids: [expect.any(String)] } });
  });

  it('answers 400 for more than 1000 ids', async () => {
    const ids = Array.from({ length: 1001 }, (_, i) => i + 1).join(',');
    const response = await zip({ ids });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ errors: { ids: ['must list at most 1000 media ids'] } });
  });
});

describe('zipFilename', () => {
  it('falls back to the ticket name and adds .zip once', () => {
    expect(zipFilename(undefined, 7)).toBe('ticket-7-medias.zip');
    expect(zipFilename('/\\', 7)).toBe('ticket-7-medias.zip');
    expect(zipFilename('Medias.ZIP', 7)).toBe('Medias.zip');
    expect(zipFilename('a\r\nb', 7)).toBe('ab.zip');
  });
});
