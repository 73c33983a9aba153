import crypto from 'node:crypto';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mediaSchema } from '../../../contract/models.ts';
import { createHarness, type Harness } from '../testing/harness.ts';
import { PLACEHOLDER_THUMBNAIL } from './storage.ts';
import { insertMedia, insertTicket, type InsertedMedia } from '../testing/medias.ts';

let h: Harness;
let token: string;
let photo: InsertedMedia;
let content: Buffer;
let thumbnail: Buffer;
let video: InsertedMedia;
let processing: InsertedMedia;
let missing: InsertedMedia;
let bare: InsertedMedia;

beforeAll(async () => {
  h = await createHarness({ tickets: 10 });
  token = await h.token('agent1');
  const ticketId = insertTicket(h, { agent: 'agent1', group: 'Support', enterpriseOf: 'agent1' });
  content = crypto.randomBytes(10_000);
  thumbnail = crypto.randomBytes(700);
  photo = insertMedia(h, ticketId, { title: 'Relevé compteur', bytes: content, thumbnail });
  video = insertMedia(h, ticketId, { title: 'Clip', media_type: 'video', bytes: crypto.randomBytes(5000) });
  processing = insertMedia(h, ticketId, {
    title: 'Pending clip',
    media_type: 'video',
    status: 'processing',
    bytes: null,
  });
  missing = insertMedia(h, ticketId, { title: 'Lost' });
  fs.rmSync(missing.filePath!);
  bare = insertMedia(h, ticketId, { title: 'No thumbnail' });
});

afterAll(() => h.close());

const download = (id: number, headers: Record<string, string> = {}) =>
  h.request('GET', `/medias/${id}/download`, { token, headers });

async function bytesOf(response: Response): Promise<Buffer> {
  return Buffer.from(await response.arrayBuffer());
}

describe('GET /medias/{id}', () => {
  it('answers the media object', async () => {
    const response = await h.request('GET', `/medias/${photo.id}`, { token });
    expect(response.status).toBe(200);
    const media = mediaSchema.parse(await response.json());
    expect(media).toMatchObject({
      id: photo.id,
      title: 'Relevé compteur',
      thumbnail_url: `/api/v3/medias/${photo.id}/thumbnail`,
    });
  });

  it('is a 404 for an unknown id', async () => {
    expect((await h.request('GET', '/medias/999999', { token })).status).toBe(404);
    expect((await h.request('GET', '/medias/abc', { token })).status).toBe(404);
  });
});

describe('GET /medias/{id}/download', () => {
  it('streams the whole file with its type, length and name', async () => {
    const response = await download(photo.id);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/jpeg');
    expect(response.headers.get('content-length')).toBe(String(content.length));
    expect(response.headers.get('accept-ranges')).toBe('bytes');
    expect(response.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''Relev%C3%A9%20compteur.jpg`,
    );
    expect((await bytesOf(response)).equals(content)).toBe(true);
  });

  it('names the file without bidirectional or control characters, in filename and filename*', async () => {
    const ticketId = insertTicket(h, { agent: 'agent1', group: 'Support', enterpriseOf: 'agent1' });
    const spoof = insertMedia(h, ticketId, {
      title: 'invoice\u202egpj\u2066\u200e\u061c\u0085.exe',
      bytes: crypto.randomBytes(100),
    });
    const disposition = (await download(spoof.id)).headers.get('content-disposition');
    expect(disposition).toBe(`inline; filename="invoicegpj.exe.jpg"; filename*=UTF-8''invoicegpj.exe.jpg`);
  });

  it('answers HEAD with the headers only', async () => {
    const response = await h.request('HEAD', `/medias/${photo.id}/download`, { token });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe(String(content.length));
    expect((await response.arrayBuffer()).byteLength).toBe(0);
  });

  it('serves the first, a middle and the last bytes', async () => {
    for (const [range, start, end] of [
      ['bytes=0-99', 0, 99],
      ['bytes=4000-4999', 4000, 4999],
      ['bytes=9900-', 9900, 9999],
      ['bytes=9990-20000', 9990, 9999],
    ] as const) {
      const response = await download(photo.id, { range });
      expect(response.status, range).toBe(206);
      expect(response.headers.get('content-range')).toBe(`bytes ${start}-${end}/${content.length}`);
      expect(response.headers.get('content-length')).toBe(String(end - start + 1));
      expect((await bytesOf(response)).equals(content.subarray(start, end + 1))).toBe(true);
    }
  });

  it('serves a suffix range', async () => {
    const response = await download(photo.id, { range: 'bytes=-500' });
    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toBe(`bytes 9500-9999/${content.length}`);
    expect((await bytesOf(response)).equals(content.subarray(9500))).toBe(true);
  });

  it('answers 416 for a range past the end', async () => {
    const response = await download(photo.id, { range: 'bytes=10000-' });
    expect(response.status).toBe(416);
    expect(response.headers.get('content-range')).toBe(`bytes */${content.length}`);
  });

  it('ignores a range whose If-Range no longer matches, and answers 304 to a matching ETag', async () => {
    const etag = (await download(photo.id)).headers.get('etag')!;
    expect((await download(photo.id, { range: 'bytes=0-9', 'if-range': '"stale"' })).status).toBe(200);
    expect((await download(photo.id, { range: 'bytes=0-9', 'if-range': etag })).status).toBe(206);
    expect((await download(photo.id, { 'if-none-match': etag })).status).toBe(304);
  });

  it('answers 409 while the media has no final file, 404 when its file is gone', async () => {
    const response = await download(processing.id);
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({ code: 409 });
    expect((await download(missing.id)).status).toBe(404);
  });
});

describe('GET /medias/{id}/thumbnail', () => {
  it('serves the stored thumbnail, cacheable', async () => {
    const response = await h.request('GET', `/medias/${photo.id}/thumbnail`, { token });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/jpeg');
    expect(response.headers.get('cache-control')).toContain('max-age=');
    expect((await bytesOf(response)).equals(thumbnail)).toBe(true);
  });

  it('serves the placeholder for a video without poster frame, even while processing', async () => {
    for (const media of [video, processing]) {
      const response = await h.request('GET', `/medias/${media.id}/thumbnail`, { token });
      expect(response.status).toBe(200);
      expect((await bytesOf(response)).equals(fs.readFileSync(PLACEHOLDER_THUMBNAIL))).toBe(true);
    }
  });

  it('has no thumbnail for an image without one', async () => {
    const media = mediaSchema.parse(await (await h.request('GET', `/medias/${bare.id}`, { token })).json());
    expect(media.thumbnail_url).toBeNull();
    expect((await h.request('GET', `/medias/${bare.id}/thumbnail`, { token })).status).toBe(404);
  });
});

describe('medias that could run as the dashboard', () => {
  const SANDBOX = "sandbox; default-src 'none'";
  let page: InsertedMedia;
  let script: InsertedMedia;
  let drawing: InsertedMedia;
  let ticketId: number;

  beforeAll(() => {
    ticketId = insertTicket(h, { agent: 'agent1', group: 'Support', enterpriseOf: 'agent1' });
    const hostile = (title: string, mime_type: string, extension: string, text: string) =>
      insertMedia(h, ticketId, {
        title,
        media_type: 'document',
        source: 'upload',
        mime_type,
        extension,
        bytes: Buffer.from(text),
      });
    script = hostile('payload', 'text/javascript', '.js', 'fetch("/auth/session")');
    page = hostile(
      'invoice',
      'text/html; charset=utf-8',
      '.html',
      `<script src="/api/v3/medias/${script.id}/download"></script>`,
    );
    drawing = hostile(
      'plan',
      'image/svg+xml',
      '.svg',
      '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
    );
  });

  it('serves HTML, JavaScript and SVG as opaque attachments, sandboxed', async () => {
    for (const media of [page, script, drawing]) {
      const response = await download(media.id);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/octet-stream');
      expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="/);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('content-security-policy')).toBe(SANDBOX);
    }
    expect((await download(page.id)).headers.get('content-disposition')).toContain('invoice.html');
  });

  it('keeps them attachments on ranges and revalidation', async () => {
    const ranged = await download(page.id, { range: 'bytes=0-9' });
    expect(ranged.status).toBe(206);
    expect(ranged.headers.get('content-type')).toBe('application/octet-stream');
    const etag = ranged.headers.get('etag')!;
    const notModified = await download(page.id, { 'if-none-match': etag });
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get('content-security-policy')).toBe(SANDBOX);
  });

  it('serves images, videos and PDF inline, sandboxed too, and so are thumbnails and zips', async () => {
    const inline = await download(photo.id);
    expect(inline.headers.get('content-disposition')).toMatch(/^inline; /);
    expect(inline.headers.get('content-security-policy')).toBe(SANDBOX);
    const thumb = await h.request('GET', `/medias/${photo.id}/thumbnail`, { token });
    expect(thumb.headers.get('content-security-policy')).toBe(SANDBOX);
    expect(thumb.headers.get('x-content-type-options')).toBe('nosniff');
    const zip = await h.request('GET', `/tickets/${ticketId}/medias/download`, { token });
    await zip.body?.cancel();
    expect(zip.status).toBe(200);
    expect(zip.headers.get('content-security-policy')).toBe(SANDBOX);
  });
});
