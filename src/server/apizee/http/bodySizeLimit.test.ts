import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../../contract/errors.ts';
import { ticketSchema } from '../../../contract/models.ts';
import { createHarness, type Harness } from '../testing/harness.ts';
import { MAX_BODY_BYTES } from './bodySizeLimit.ts';

let h: Harness;
let token: string;
let ticketId: number;
beforeAll(async () => {
  h = await createHarness({ tickets: 10 });
  token = await h.token('admin');
  const created = await h.request('POST', '/tickets', {
    token,
    json: { email: 'limit.test@example.org', subject: 'Kept' },
  });
  ticketId = ticketSchema.parse(await created.json()).id;
});
afterAll(() => h.close());

// Valid JSON that would change the ticket: only its size is wrong.
const twoMegabytes = `{"subject": "Overwritten"${' '.repeat(2 * 1024 * 1024)}}`;

async function subject(): Promise<string> {
  const response = await h.request('GET', `/tickets/${ticketId}`, { token });
  return ticketSchema.parse(await response.json()).subject;
}

async function expectTooLarge(response: Response) {
  expect(response.status).toBe(413);
  const body = apiErrorSchema.parse(await response.json());
  expect(body).toMatchObject({ code: 413, message: expect.stringContaining(String(MAX_BODY_BYTES)) });
}

describe('the body size limit (1 MiB)', () => {
  it('refuses a 2 MB JSON PUT, streamed or declared, and the ticket stays as it was', async () => {
    const before = await subject();
    const headers = { 'content-type': 'application/json' };
    await expectTooLarge(
      await h.request('PUT', `/tickets/${ticketId}`, { token, headers, body: twoMegabytes }),
    );
    const declared = { ...headers, 'content-length': String(Buffer.byteLength(twoMegabytes)) };
    await expectTooLarge(
      await h.request('PUT', `/tickets/${ticketId}`, { token, headers: declared, body: twoMegabytes }),
    );
    expect(await subject()).toBe(before);
  });

  it('holds on every route, the token call included', async () => {
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    await expectTooLarge(
      await h.request('POST', '/token', { headers: form, body: `username=${'a'.repeat(MAX_BODY_BYTES)}` }),
    );
    await expectTooLarge(await h.request('POST', '/tickets', { token, body: twoMegabytes }));
  });

  it('lets a ticket with a description at its longest through', async () => {
    const description = `<p>${'é'.repeat(19_000)}</p>`;
    const response = await h.request('PUT', `/tickets/${ticketId}`, { token, json: { description } });
    expect(response.status).toBe(204);
  });
});
