/** Helpers for ticket tests: fetch every page of a list, parse responses with the contract. */
import { expect } from 'vitest';
import { apiErrorSchema } from '../../../contract/errors.ts';
import { eventListSchema, ticketListSchema, ticketSchema, type Ticket } from '../../../contract/models.ts';
import type { Harness } from './harness.ts';

export async function listTickets(h: Harness, token: string, query: Record<string, string | number> = {}) {
  const response = await h.request('GET', '/tickets', { token, query });
  expect(response.status, await response.clone().text()).toBe(200);
  return ticketListSchema.parse(await response.json());
}

/** Every ticket of a list, page after page (limit 100). */
export async function listAll(
  h: Harness,
  token: string,
  query: Record<string, string | number> = {},
): Promise<Ticket[]> {
  const tickets: Ticket[] = [];
  let offset: number | null = 0;
  while (offset !== null) {
    const page = await listTickets(h, token, { ...query, limit: 100, offset });
    tickets.push(...page.data);
    offset = page.next_offset;
  }
  return tickets;
}

/** Asserts a 400 whose `errors` names `param`. */
export async function expectInvalid(response: Response, param: string) {
  expect(response.status, `${param}: ${await response.clone().text()}`).toBe(400);
  const body = apiErrorSchema.parse(await response.json());
  expect(Object.keys(body.errors ?? {})).toContain(param);
}

export const ids = (tickets: Ticket[]) => tickets.map((ticket) => ticket.id).sort((a, b) => a - b);

/** Ticket calls as a given user, parsed with the contract. */
export function ticketClient(h: Harness) {
  const client = {
    groupId: (name: string) =>
      h.db.prepare('SELECT id FROM user_groups WHERE name = ?').pluck().get(name) as number,
    async create(username: string, params: Record<string, unknown>) {
      return h.request('POST', '/tickets', { token: await h.token(username), json: params });
    },
    async createOk(username: string, params: Record<string, unknown>): Promise<Ticket> {
      const response = await client.create(username, params);
      expect(response.status, await response.clone().text()).toBe(200);
      return ticketSchema.parse(await response.json());
    },
    async get(username: string, id: number) {
      return h.request('GET', `/tickets/${id}`, { token: await h.token(username) });
    },
    async events(id: number) {
      const response = await h.request('GET', `/tickets/${id}/events`, { token: await h.token('admin') });
      return eventListSchema.parse(await response.json()).data;
    },
    async update(username: string, id: number, params: Record<string, string>, method = 'PUT') {
      return h.request(method, `/tickets/${id}`, { token: await h.token(username), form: params });
    },
  };
  return client;
}
