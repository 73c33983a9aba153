/** The gateway's guards and headers, against the real embedded API (hostile medias) and a fake upstream. */
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../contract/errors.ts';
import { MEDIA_CONTENT_SECURITY_POLICY } from '../../contract/mediaPolicy.ts';
import { ticketSchema } from '../../contract/models.ts';
import { createHarness, type Harness } from '../apizee/testing/harness.ts';
import { insertMedia, insertTicket } from '../apizee/testing/medias.ts';
import { CONTENT_SECURITY_POLICY, MAX_BODY_BYTES } from './middleware.ts';
import { createTestGateway, XHR, type TestGateway } from './testSupport.ts';
import { embeddedUpstream } from './upstream.ts';

const SANDBOX = "sandbox; default-src 'none'";

describe('through the gateway, with the embedded API', () => {
  let h: Harness;
  let gateway: TestGateway;
  let cookie: string;
  const medias: Record<'page' | 'script' | 'photo', number> = { page: 0, script: 0, photo: 0 };

  beforeAll(async () => {
    h = await createHarness({ tickets: 10 });
    const upstream = embeddedUpstream((request) =>
      h.fetchPath(request.url, {
        method: request.method,
        headers: request.headers,
        body: request.body,
        duplex: 'half',
      }),
    );
    gateway = createTestGateway(upstream);
    cookie = gateway.sessionCookie(await h.token('agent1'));
    const ticketId = insertTicket(h, { agent: 'agent1', group: 'Support', enterpriseOf: 'agent1' });
    const upload = (mime_type: string, extension: string, text: string) =>
      insertMedia(h, ticketId, {
        title: 'upload',
        media_type: 'document',
        source: 'upload',
        mime_type,
        extension,
        bytes: Buffer.from(text),
      }).id;
    medias.script = upload('text/javascript', '.js', 'fetch("/auth/session")');
    medias.page = upload(
      'text/html',
      '.html',
      `<script src="/api/v3/medias/${medias.script}/download"></script>`,
    );
    medias.photo = insertMedia(h, ticketId, { title: 'photo' }).id;
  });
  afterAll(() => h.close());

  const get = (path: string) => gateway.app.request(path, { headers: { Cookie: cookie } });

  it('delivers a hostile HTML and a JavaScript media as sandboxed opaque attachments', async () => {
    for (const id of [medias.page, medias.script]) {
      const response = await get(`/api/v3/medias/${id}/download`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/octet-stream');
      expect(response.headers.get('content-disposition')).toMatch(
        /^attachment; filename="upload\.(html|js)"/,
      );
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('content-security-policy')).toBe(SANDBOX);
      await response.body?.cancel();
    }
  });

  it('gives every API answer the sandbox policy, never the page policy', async () => {
    const photo = await get(`/api/v3/medias/${medias.photo}/download`);
    expect(photo.headers.get('content-type')).toBe('image/jpeg');
    expect(photo.headers.get('content-security-policy')).toBe(MEDIA_CONTENT_SECURITY_POLICY);
    await photo.body?.cancel();
    const list = await get('/api/v3/tickets');
    expect(list.headers.get('content-security-policy')).toBe(SANDBOX);
    const page = await get('/tickets');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('refuses a 2 MB JSON PUT with a 413 in the API error shape; the ticket is unchanged', async () => {
    const create = await gateway.app.request('/api/v3/tickets', {
      method: 'POST',
      headers: { ...XHR, Cookie: cookie, 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'gateway.limit@example.org', subject: 'Kept' }),
    });
    const ticket = ticketSchema.parse(await create.json());
    const body = `{"subject": "Overwritten"${' '.repeat(2 * 1024 * 1024)}}`;
    const headers = { ...XHR, Cookie: cookie, 'Content-Type': 'application/json' };
    for (const declared of [{}, { 'Content-Length': String(body.length) }] as Record<string, string>[]) {
      const response = await gateway.app.request(`/api/v3/tickets/${ticket.id}`, {
        method: 'PUT',
        headers: { ...headers, ...declared },
        body,
      });
      expect(response.status).toBe(413);
      expect(apiErrorSchema.parse(await response.json())).toMatchObject({ code: 413 });
    }
    const after = ticketSchema.parse(await (await get(`/api/v3/tickets/${ticket.id}`)).json());
    expect(after.subject).toBe('Kept');
  });
});

describe('with an upstream that serves medias as it likes', () => {
  const app = new Hono();
  app.onError((_, c) => c.text('The body broke off', 500));
  app.get('/api/v3/medias/1/download', (c) =>
    c.body('<script>alert(1)</script>', 200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Disposition': 'inline; filename="page.html"',
      'Content-Security-Policy': "default-src 'self'",
    }),
  );
  app.get('/api/v3/medias/2/download', (c) => c.body('<svg/>', 200, { 'Content-Type': 'image/svg+xml' }));
  app.get('/api/v3/medias/3/download', (c) => c.body('clip', 200, { 'Content-Type': 'video/mp4' }));
  app.put('/api/v3/tickets/1', async (c) => {
    await c.req.text();
    return c.body(null, 204);
  });
  const gateway = createTestGateway(embeddedUpstream((request) => app.fetch(request)));
  const cookie = gateway.sessionCookie('tok-1');
  const get = (path: string) => gateway.app.request(path, { headers: { Cookie: cookie } });

  it('turns what the media policy does not show inline into a sandboxed attachment', async () => {
    const page = await get('/api/v3/medias/1/download');
    expect(page.headers.get('content-type')).toBe('application/octet-stream');
    expect(page.headers.get('content-disposition')).toBe('attachment; filename="page.html"');
    expect(page.headers.get('content-security-policy')).toBe(SANDBOX);
    const drawing = await get('/api/v3/medias/2/download');
    expect(drawing.headers.get('content-type')).toBe('application/octet-stream');
    expect(drawing.headers.get('content-disposition')).toBe('attachment');
    const clip = await get('/api/v3/medias/3/download');
    expect(clip.headers.get('content-type')).toBe('video/mp4');
    expect(clip.headers.get('content-disposition')).toBeNull();
  });

  it('holds the body limit itself on /api and /auth', async () => {
    const big = 'x'.repeat(MAX_BODY_BYTES + 1);
    const put = await gateway.app.request('/api/v3/tickets/1', {
      method: 'PUT',
      headers: { ...XHR, Cookie: cookie, 'Content-Type': 'application/json' },
      body: big,
    });
    expect(put.status).toBe(413);
    expect(apiErrorSchema.parse(await put.json())).toMatchObject({ code: 413 });
    const login = await gateway.app.request('/auth/login', {
      method: 'POST',
      headers: { ...XHR, 'Content-Type': 'application/json' },
      body: big,
    });
    expect(login.status).toBe(413);
    const small = await gateway.app.request('/api/v3/tickets/1', {
      method: 'PUT',
      headers: { ...XHR, Cookie: cookie, 'Content-Type': 'application/json' },
      body: '{"subject": "ok"}',
    });
    expect(small.status).toBe(204);
  });
});
