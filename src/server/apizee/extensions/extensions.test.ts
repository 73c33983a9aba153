/**
 * APIZEE_EXTENSIONS: off, the embedded API answers each [ext] as a real Apizee that lacks it would
 * (unknown parameters ignored, unknown values of documented ones a 400 naming them, [ext] endpoints
 * 404, [ext] fields absent); on, everything works and `GET /extensions` lists them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSIONS } from '../../../contract/extensions.ts';
import { createHarness, type Harness } from '../testing/harness.ts';
import { insertMedia, insertTicket } from '../testing/medias.ts';
import { readZip } from '../testing/zipReader.ts';

interface Setup {
  h: Harness;
  admin: string;
  agent: string;
  ticketId: number;
  photoId: number;
  otherId: number;
}

async function setUp(extensions: boolean): Promise<Setup> {
  const h = await createHarness({ tickets: 40, appOptions: { extensions } });
  const ticketId = insertTicket(h, { agent: 'agent1', group: 'Support', enterpriseOf: 'agent1' });
  const photoId = insertMedia(h, ticketId, { title: 'photo', thumbnail: Buffer.from('thumb') }).id;
  const otherId = insertMedia(h, ticketId, { title: 'other' }).id;
  return { h, admin: await h.token('admin'), agent: await h.token('agent1'), ticketId, photoId, otherId };
}

type Json = Record<string, unknown>;
const json = async (response: Response) => (await response.json()) as Json;
const list = async (s: Setup, query: Record<string, string>) =>
  s.h.request('GET', '/tickets', { token: s.admin, query: { user: 'all', limit: 100, ...query } });

let off: Setup;
let on: Setup;
beforeAll(async () => {
  [off, on] = await Promise.all([setUp(false), setUp(true)]);
});
afterAll(() => {
  off.h.close();
  on.h.close();
});

describe('stateFilter: `state` on the ticket list', () => {
  it('off: is an unknown parameter, ignored (every state comes back), even when invalid', async () => {
    const all = await json(await list(off, {}));
    const done = await list(off, { state: 'done' });
    expect(done.status).toBe(200);
    const body = await json(done);
    expect(body.total).toBe(all.total);
    expect(new Set((body.data as { state: string }[]).map((t) => t.state)).size).toBeGreaterThan(1);
    expect((await list(off, { state: 'not-a-state' })).status).toBe(200);
  });

  it('on: filters, and an unknown state is a 400 naming it', async () => {
    const body = await json(await list(on, { state: 'done' }));
    expect((body.data as { state: string }[]).every((t) => t.state === 'done')).toBe(true);
    expect(body.total).toBeLessThan((await json(await list(on, {}))).total as number);
    const bad = await list(on, { state: 'not-a-state' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ errors: { state: [expect.any(String)] } });
  });
});

describe('startedBeforeFilter: `started_before` on the ticket list', () => {
  const bound = '2026-11-26T10:00:00Z';
  const startsOf = (body: Json) =>
    (body.data as { start_time: string }[]).map((t) => Date.parse(t.start_time));

  it('off: is an unknown parameter, ignored (every start time comes back), even when invalid', async () => {
    const all = await json(await list(off, {}));
    const before = await list(off, { started_before: bound });
    expect(before.status).toBe(200);
    const body = await json(before);
    expect(body.total).toBe(all.total);
    expect(startsOf(body).some((start) => start > Date.parse(bound))).toBe(true);
    expect((await list(off, { started_before: 'not-a-date' })).status).toBe(200);
  });

  it('on: filters (start time at or before), and a bad date is a 400 naming it', async () => {
    const body = await json(await list(on, { started_before: bound }));
    expect(startsOf(body).length).toBeGreaterThan(0);
    expect(startsOf(body).every((start) => start <= Date.parse(bound))).toBe(true);
    expect(body.total).toBeLessThan((await json(await list(on, {}))).total as number);
    const bad = await list(on, { started_before: 'not-a-date' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ errors: { started_before: [expect.any(String)] } });
  });
});

describe('userScopes: `user=unassigned|visible` on the ticket list', () => {
  it.each(['visible', 'unassigned'])('off: user=%s is a 400 on user', async (user) => {
    const response = await off.h.request('GET', '/tickets', { token: off.agent, query: { user } });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      code: 400,
      errors: { user: ['must be a user id or all'] },
    });
  });

  it('off: the documented values still work, and the 400 names every bad parameter', async () => {
    expect((await list(off, { user: 'all' })).status).toBe(200);
    const byId = await off.h.request('GET', '/tickets', {
      token: off.admin,
      query: { user: off.h.userId('agent1') },
    });
    expect(byId.status).toBe(200);
    const both = await off.h.request('GET', '/tickets', {
      token: off.agent,
      query: { user: 'visible', limit: 999 },
    });
    expect(Object.keys(((await json(both)).errors ?? {}) as Json).sort()).toEqual(['limit', 'user']);
  });

  it.each(['visible', 'unassigned'])('on: user=%s lists', async (user) => {
    const response = await on.h.request('GET', '/tickets', { token: on.agent, query: { user } });
    expect(response.status).toBe(200);
  });
});

describe('allServices: `service=all` on the ticket list', () => {
  it('off: is a 400 on service', async () => {
    const response = await list(off, { service: 'all' });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ errors: { service: [expect.any(String)] } });
  });

  it('on: lists every service', async () => {
    const all = await json(await list(on, { service: 'all' }));
    expect(all.total as number).toBeGreaterThanOrEqual((await json(await list(on, {}))).total as number);
  });
});

describe('contacts: GET /contacts', () => {
  it('off: is a 404 like any unknown path (a token is still needed)', async () => {
    const response = await off.h.request('GET', '/contacts', { token: off.agent });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ code: 404, message: 'Not found' });
    expect((await off.h.request('GET', '/contacts')).status).toBe(401);
  });

  it('on: lists the contacts', async () => {
    const response = await on.h.request('GET', '/contacts', { token: on.agent });
    expect(response.status).toBe(200);
    expect((await json(response)).total as number).toBeGreaterThan(0);
  });
});

describe('thumbnails: `thumbnail_url` and GET /medias/{id}/thumbnail', () => {
  it('off: no thumbnail_url on medias (list, details, export) and the thumbnail path is a 404', async () => {
    const page = await json(
      await off.h.request('GET', `/tickets/${off.ticketId}/medias`, { token: off.agent }),
    );
    const medias = page.data as Json[];
    expect(medias.length).toBe(2);
    for (const media of medias) expect(media).not.toHaveProperty('thumbnail_url');
    const one = await json(await off.h.request('GET', `/medias/${off.photoId}`, { token: off.agent }));
    expect(one).not.toHaveProperty('thumbnail_url');
    expect(one.url).toBe(`/api/v3/medias/${off.photoId}/download`);
    const exported = await json(
      await off.h.request('GET', `/tickets/${off.ticketId}/export`, { token: off.agent }),
    );
    for (const media of exported.medias as Json[]) expect(media).not.toHaveProperty('thumbnail_url');
    const thumbnail = await off.h.request('GET', `/medias/${off.photoId}/thumbnail`, { token: off.agent });
    expect(thumbnail.status).toBe(404);
  });

  it('on: thumbnail_url is there and serves the thumbnail', async () => {
    const one = await json(await on.h.request('GET', `/medias/${on.photoId}`, { token: on.agent }));
    expect(one.thumbnail_url).toBe(`/api/v3/medias/${on.photoId}/thumbnail`);
    const exported = await json(
      await on.h.request('GET', `/tickets/${on.ticketId}/export`, { token: on.agent }),
    );
    expect((exported.medias as Json[])[0]).toHaveProperty('thumbnail_url');
    const thumbnail = await on.h.request('GET', `/medias/${on.photoId}/thumbnail`, { token: on.agent });
    expect(thumbnail.status).toBe(200);
    expect(Buffer.from(await thumbnail.arrayBuffer()).toString()).toBe('thumb');
  });
});

describe('zipIds: `ids` on the medias zip', () => {
  const zipNames = async (s: Setup, ids: string) => {
    const response = await s.h.request('GET', `/tickets/${s.ticketId}/medias/download`, {
      token: s.agent,
      query: { ids },
    });
    expect(response.status).toBe(200);
    return readZip(new Uint8Array(await response.arrayBuffer())).map((entry) => entry.name);
  };

  it('off: is an unknown parameter, ignored: the zip holds every media the other filters match', async () => {
    expect((await zipNames(off, String(off.photoId))).length).toBe(2);
    expect((await zipNames(off, '1,abc')).length).toBe(2);
  });

  it('on: zips the selection only', async () => {
    expect((await zipNames(on, String(on.photoId))).length).toBe(1);
  });
});

describe('enterpriseName: `enterprise_name` on users/me', () => {
  it('off: is absent', async () => {
    const me = await json(await off.h.request('GET', '/users/me', { token: off.agent }));
    expect(me).not.toHaveProperty('enterprise_name');
    expect(me).toMatchObject({ username: 'agent1', enterprise_id: expect.any(Number) });
  });

  it('on: names the enterprise', async () => {
    const me = await json(await on.h.request('GET', '/users/me', { token: on.agent }));
    expect(me.enterprise_name).toBe('Acme Assistance');
  });
});

describe('GET /extensions', () => {
  it('off: is a 404, as on a real Apizee', async () => {
    expect((await off.h.request('GET', '/extensions', { token: off.agent })).status).toBe(404);
  });

  it('on: needs a token and lists every extension', async () => {
    expect((await on.h.request('GET', '/extensions')).status).toBe(401);
    const response = await on.h.request('GET', '/extensions', { token: on.agent });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ extensions: [...EXTENSIONS] });
  });
});

describe('a chosen subset of extensions', () => {
  it('answers only those, and lists only those', async () => {
    const h = await createHarness({ tickets: 5, appOptions: { extensions: ['contacts', 'zipIds'] } });
    try {
      const token = await h.token('agent1');
      expect(await (await h.request('GET', '/extensions', { token })).json()).toEqual({
        extensions: ['contacts', 'zipIds'],
      });
      expect((await h.request('GET', '/contacts', { token })).status).toBe(200);
      expect((await h.request('GET', '/tickets', { token, query: { user: 'visible' } })).status).toBe(400);
    } finally {
      h.close();
    }
  });
});

describe('the rate limit counts GET /extensions like any call', () => {
  it('spends one call of the budget', async () => {
    const h = await createHarness({ tickets: 5, appOptions: { extensions: true, rateLimit: 10 } });
    try {
      const token = await h.token('agent1');
      const response = await h.request('GET', '/extensions', { token });
      expect(response.headers.get('x-ratelimit-remaining')).toBe('9');
    } finally {
      h.close();
    }
  });
});
