import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TICKET_ORDER_BY } from '../../../contract/enums.ts';
import type { Ticket } from '../../../contract/models.ts';
import { stateRank } from '../../../contract/stateLifecycle.ts';
import { parseIsoDate } from '../../../contract/params.ts';
import { createHarness, type Harness } from '../testing/harness.ts';
import { expectInvalid, ids, listAll, listTickets } from '../testing/tickets.ts';

let h: Harness;
let everything: Ticket[];
const time = (text: string) => parseIsoDate(text)!;

beforeAll(async () => {
  h = await createHarness({ tickets: 150 });
  everything = await listAll(h, await h.token('admin'), { user: 'all', service: 'all' });
});
afterAll(() => h.close());

describe('GET /tickets: search', () => {
  const search = async (text: string) =>
    listAll(h, await h.token('admin'), { user: 'all', service: 'all', search: text });

  it('finds a ticket by reference, subject words, requestor name, e-mail and phone (prefixes too)', async () => {
    const sample = everything.find(
      (t) => t.requestor?.email.length && t.requestor.phone.length && t.requestor.name,
    )!;
    const requestor = sample.requestor!;
    const phone = requestor.phone[0]!;
    const queries = [
      sample.reference,
      sample.subject.split(' ').slice(0, 3).join(' '),
      `${requestor.name} ${requestor.firstname}`,
      requestor.email[0]!,
      requestor.email[0]!.slice(0, 6),
      phone,
      phone.slice(0, 8),
    ];
    for (const text of queries) {
      const found = await search(text);
      expect(
        found.map((t) => t.id),
        text,
      ).toContain(sample.id);
    }
    expect(await search('zzqqxx-nothing')).toEqual([]);
  });

  it('counts every hit when the results span several pages', async () => {
    const word = 'check';
    const all = await search(word);
    expect(all.length).toBeGreaterThan(5);
    const page = await listTickets(h, await h.token('admin'), {
      user: 'all',
      service: 'all',
      search: word,
      limit: 2,
    });
    expect(page.total).toBe(all.length);
    expect(page.next_offset).toBe(2);
  });

  it('matches description text, not its markup', async () => {
    const withList = everything.filter((t) => t.description.includes('<li>'));
    expect(withList.length).toBeGreaterThan(0);
    expect(ids(await search('error history'))).toEqual(
      ids(everything.filter((t) => /error history/i.test(t.description))),
    );
    expect(await search('li')).not.toHaveLength(everything.length);
  });

  it('treats FTS syntax as plain text and never fails', async () => {
    for (const junk of [
      '"',
      '*',
      'NEAR(',
      'a OR b',
      '"unbalanced',
      'subject:x',
      '^',
      '-x',
      '()',
      '💥',
      "'; DROP TABLE tickets;--",
    ]) {
      const response = await h.request('GET', '/tickets', {
        token: await h.token('admin'),
        query: { user: 'all', search: junk },
      });
      expect(response.status, junk).toBe(200);
    }
  });
});

describe('GET /tickets: sorting and paging', () => {
  it('sorts by every orderby column in both orders, ties broken by id', async () => {
    const token = await h.token('admin');
    for (const orderby of TICKET_ORDER_BY) {
      for (const order of ['asc', 'desc'] as const) {
        const found = await listAll(h, token, { user: 'all', service: 'all', orderby, order });
        const key = (t: Ticket): string | number =>
          ['start_time', 'end_time', 'created', 'modified'].includes(orderby)
            ? time(t[orderby as 'created'])
            : orderby === 'state'
              ? stateRank(t.state)
              : (t[orderby as 'id' | 'reference'] as string | number);
        const expected = [...found].sort((a, b) => {
          const [ka, kb] = [key(a), key(b)];
          const cmp = ka < kb ? -1 : ka > kb ? 1 : a.id - b.id;
          return order === 'asc' ? cmp : -cmp;
        });
        expect(
          found.map((t) => t.id),
          `${orderby} ${order}`,
        ).toEqual(expected.map((t) => t.id));
      }
    }
  });

  it('pages do not overlap, total stays, next_offset ends with null', async () => {
    const token = await h.token('admin');
    const seen = new Set<number>();
    let offset: number | null = 0;
    while (offset !== null) {
      const page = await listTickets(h, token, {
        user: 'all',
        service: 'all',
        limit: 7,
        offset,
        orderby: 'state',
      });
      expect(page.total).toBe(150);
      for (const t of page.data) seen.add(t.id);
      offset = page.next_offset;
    }
    expect(seen.size).toBe(150);
    const past = await listTickets(h, token, { user: 'all', service: 'all', offset: 500 });
    expect(past).toEqual({ data: [], total: 150, next_offset: null });
  });

  it('limit defaults to 10 and is capped at 100', async () => {
    const token = await h.token('admin');
    expect((await listTickets(h, token, { user: 'all' })).data).toHaveLength(10);
    expect((await listTickets(h, token, { user: 'all', service: 'all', limit: 100 })).data).toHaveLength(100);
    await expectInvalid(await h.request('GET', '/tickets', { token, query: { limit: 101 } }), 'limit');
  });
});

describe('GET /tickets: search with many hits', () => {
  it('pages and counts the same tickets when the hits are walked from the list index', async () => {
    const big = await createHarness({ tickets: 4000 });
    try {
      const token = await big.token('admin');
      const match = '"check"*';
      const hits = new Set(
        big.db
          .prepare('SELECT rowid FROM tickets_fts WHERE tickets_fts MATCH ?')
          .pluck()
          .all(match) as number[],
      );
      expect(hits.size).toBeGreaterThan(2000);
      const rows = big.db
        .prepare(
          `SELECT id FROM tickets WHERE enterprise_id = 1 AND deleted_at IS NULL ORDER BY start_time DESC, id DESC`,
        )
        .pluck()
        .all() as number[];
      const expected = rows.filter((id) => hits.has(id));
      const page = await listTickets(big, token, {
        user: 'all',
        service: 'all',
        search: 'check',
        offset: 20,
      });
      expect(page.total).toBe(expected.length);
      expect(page.data.map((t) => t.id)).toEqual(expected.slice(20, 30));
    } finally {
      big.close();
    }
  });
});
