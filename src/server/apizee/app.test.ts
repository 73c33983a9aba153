/**
 * Junk sweep: every parameter of every endpoint, sent junk through the query string, a form body and
 * a JSON body, must never produce a server error (5xx): bad input is a 4xx.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from './testing/harness.ts';

const JUNK_TEXT = [
  '',
  '-1',
  '1e999',
  'NaN',
  '%00',
  '\u0000',
  "' OR 1=1--",
  'x'.repeat(10_000),
  '[]',
  '{}',
  'null',
  '😀🔥👩‍🔧',
  '2025-13-45',
];
/** JSON bodies also carry values that are not strings (the text junk is sent as a form). */
const JUNK_JSON: unknown[] = [
  [],
  {},
  null,
  -1,
  1e308,
  true,
  [1, 'a'],
  { $gt: '' },
  0.5,
  '\u0000',
  'x'.repeat(10_000),
];

interface Endpoint {
  method: string;
  path: (ids: Ids) => string;
  params: string[];
  /** Valid parameters sent beside the junk one, so the junk is what gets judged. */
  base?: Record<string, string>;
}
interface Ids {
  ticket: number;
  enterprise: number;
}

const ENDPOINTS: Endpoint[] = [
  { method: 'POST', path: () => '/token', params: ['grant_type', 'username', 'password', 'assertion'] },
  { method: 'POST', path: () => '/token/revoke', params: ['token'] },
  { method: 'GET', path: () => '/users/me', params: ['id'] },
  {
    method: 'GET',
    path: (ids) => `/enterprises/${ids.enterprise}/users`,
    params: ['group', 'search', 'offset', 'limit'],
  },
  { method: 'GET', path: (ids) => `/enterprises/${ids.enterprise}/groups`, params: ['limit'] },
  { method: 'GET', path: (ids) => `/enterprises/${ids.enterprise}/services`, params: ['limit'] },
  { method: 'GET', path: () => '/contacts', params: ['search', 'offset', 'limit'] },
  { method: 'GET', path: () => '/extensions', params: ['x'] },
  {
    method: 'GET',
    path: () => '/tickets',
    params: [
      'since',
      'until',
      'started_after',
      'started_before',
      'ended_before',
      'search',
      'orderby',
      'order',
      'limit',
      'offset',
      'user',
      'group',
      'reference',
      'type',
      'requestor',
      'service',
      'scope',
      'state',
    ],
  },
  {
    method: 'POST',
    path: () => '/tickets',
    base: { email: 'junk.sweep@example.org' },
    params: [
      'name',
      'phone',
      'email',
      'language',
      'type',
      'subject',
      'reference',
      'description',
      'group',
      'agent',
      'invite',
      'agent_template',
      'requestor_template',
      'invite_organizer',
      'start_time',
      'duration',
      'reminder',
      'firstname',
      'company',
      'gender',
      'country',
      'service',
      'scope',
    ],
  },
  { method: 'GET', path: (ids) => `/tickets/${ids.ticket}`, params: ['scope'] },
  {
    method: 'PUT',
    path: (ids) => `/tickets/${ids.ticket}`,
    params: ['agent', 'state', 'reference', 'description', 'subject', 'group'],
  },
  { method: 'PATCH', path: (ids) => `/tickets/${ids.ticket}`, params: ['agent', 'state', 'group'] },
  { method: 'GET', path: (ids) => `/tickets/${ids.ticket}/events`, params: ['limit'] },
  {
    method: 'GET',
    path: (ids) => `/enterprises/${ids.enterprise}/tickets/report`,
    base: { startTime: '2025-01-01', endTime: '2026-12-31' },
    params: ['startTime', 'endTime', 'userId', 'groupId', 'withTrashed'],
  },
];

const JUNK_PATH_IDS = [
  '0',
  '-1',
  '1e999',
  'NaN',
  '%2500',
  '%00',
  '99999999999999999999999',
  "'%20OR%201=1--",
  '%F0%9F%98%80',
  '[]',
];

function failures(statuses: { label: string; status: number }[]) {
  return statuses.filter((s) => s.status >= 500).map((s) => `${s.label} → ${s.status}`);
}

// Off, the server answers only documented behaviour ([ext] ignored or refused): never a 5xx either way.
describe.each([
  ['extensions on', true],
  ['extensions off', false],
])('junk sweep, %s', (_mode, extensions) => {
  let h: Harness;
  let token: string;
  let ids: Ids;
  beforeAll(async () => {
    h = await createHarness({
      tickets: 20,
      appOptions: {
        tokenRateLimits: { perAccountAndClient: 1e9, perAccount: 1e9, perClient: 1e9 },
        extensions,
      },
    });
    token = await h.token('admin');
    ids = {
      ticket: h.db
        .prepare("SELECT id FROM tickets WHERE enterprise_id = 1 AND state != 'closed' LIMIT 1")
        .pluck()
        .get() as number,
      enterprise: h.enterpriseId('admin'),
    };
  });
  afterAll(() => h.close());

  it.each(ENDPOINTS.map((e) => [`${e.method} ${e.path({ ticket: 1, enterprise: 1 })}`, e] as const))(
    '%s never answers 5xx',
    async (_label, endpoint) => {
      const results: { label: string; status: number }[] = [];
      const path = endpoint.path(ids);
      // Revoking the admin token would break the rest of the sweep: revoke a token of its own.
      const revoking = path === '/token/revoke';
      const tokenFor = async () =>
        revoking
          ? ((await (await h.login('agent2')).json()) as { access_token: string }).access_token
          : token;
      for (const param of endpoint.params) {
        for (const value of JUNK_TEXT) {
          const label = `${param}=${JSON.stringify(value).slice(0, 20)}`;
          // Write calls read the query string and the body alike: the form body stands for both.
          const response =
            endpoint.method === 'GET'
              ? await h.request(endpoint.method, path, {
                  token: await tokenFor(),
                  query: { ...endpoint.base, [param]: value },
                })
              : await h.request(endpoint.method, path, {
                  token: await tokenFor(),
                  form: { ...endpoint.base, [param]: value },
                });
          results.push({
            label: `${endpoint.method === 'GET' ? 'query' : 'form'} ${label}`,
            status: response.status,
          });
        }
        if (endpoint.method !== 'GET') {
          for (const value of JUNK_JSON) {
            const viaJson = await h.request(endpoint.method, path, {
              token: await tokenFor(),
              json: { ...endpoint.base, [param]: value },
            });
            results.push({
              label: `json ${param}=${JSON.stringify(value)?.slice(0, 20)}`,
              status: viaJson.status,
            });
          }
        }
      }
      expect(failures(results)).toEqual([]);
      // Judged by the endpoint itself, not stopped at the door.
      if (path !== '/token') expect(results.filter((r) => r.status === 401)).toEqual([]);
    },
    60_000,
  );

  it('junk ids in paths are 404s', async () => {
    const results: { label: string; status: number }[] = [];
    for (const id of JUNK_PATH_IDS) {
      for (const [method, path] of [
        ['GET', `/tickets/${id}`],
        ['PUT', `/tickets/${id}`],
        ['DELETE', `/tickets/${id}`],
        ['GET', `/tickets/${id}/events`],
        ['GET', `/enterprises/${id}/users`],
        ['GET', `/enterprises/${id}/tickets/report`],
      ] as const) {
        const response = await h.request(method, path, {
          token,
          form: method === 'GET' ? undefined : { subject: 'x' },
        });
        results.push({ label: `${method} ${path}`, status: response.status });
      }
    }
    expect(failures(results)).toEqual([]);
    expect(results.filter((r) => r.status !== 404 && r.status !== 400)).toEqual([]);
  });

  it('malformed bodies are 400s', async () => {
    for (const [body, type] of [
      ['{"email": ', 'application/json'],
      ['[1,2,3]', 'application/json'],
      ['"text"', 'application/json'],
      ['null', 'application/json'],
      ['%%%=&&&', 'application/x-www-form-urlencoded'],
      ['--x\r\nbroken', 'multipart/form-data; boundary=x'],
      ['--x--', 'multipart/form-data'],
    ] as const) {
      const response = await h.request('POST', '/tickets', {
        token,
        body,
        headers: { 'content-type': type },
      });
      expect(response.status, `${type} ${body}`).toBeGreaterThanOrEqual(400);
      expect(response.status, `${type} ${body}`).toBeLessThan(500);
    }
    expect(h.logs.filter((line) => line.includes('unhandled error'))).toEqual([]);
  });
});
