import { describe, expect, it } from 'vitest';
import type { PublishedLiveEvent } from '../../../contract/live.ts';
import type { LiveRecord } from './feed.ts';
import { createMemoryFeed } from './memoryFeed.ts';

const deleted = (ticketId: number): PublishedLiveEvent => ({ type: 'ticket.deleted', ticketId });

describe('the memory feed', () => {
  it('gives increasing ids and tells subscribers in order', async () => {
    const feed = createMemoryFeed();
    const seen: LiveRecord[] = [];
    feed.subscribe((record) => seen.push(record));
    await feed.publish([1], deleted(10));
    await feed.publish([2], deleted(11));
    expect(seen.map((record) => record.event)).toEqual([deleted(10), deleted(11)]);
    expect(seen[0]!.id).not.toBe(seen[1]!.id);
    expect(await feed.head()).toBe(seen[1]!.id);
  });

  it('replays what one user missed after an id, and only theirs', async () => {
    const feed = createMemoryFeed();
    const start = await feed.head();
    await feed.publish([1, 2], deleted(10));
    await feed.publish([2], deleted(11));
    await feed.publish([1], deleted(12));
    const replay = await feed.since(1, start);
    expect(replay.gone).toBe(false);
    expect(replay.gone === false && replay.records.map((record) => record.event)).toEqual([
      deleted(10),
      deleted(12),
    ]);
    expect(replay.head).toBe(await feed.head());
  });

  it('says gone for an id older than it keeps, by count or by age, and for an unknown id', async () => {
    let clock = 0;
    const feed = createMemoryFeed({ maxRecords: 2, maxAgeMs: 1_000, now: () => clock });
    const start = await feed.head();
    for (const id of [1, 2, 3]) await feed.publish([1], deleted(id));
    expect((await feed.since(1, start)).gone).toBe(true);

    const recent = await feed.head();
    await feed.publish([1], deleted(4));
    expect((await feed.since(1, recent)).gone).toBe(false);
    clock += 1_001;
    expect((await feed.since(1, recent)).gone).toBe(true);

    expect((await feed.since(1, 'not-an-id')).gone).toBe(true);
    // An id of another feed (another process before a restart) is unknown here.
    expect((await feed.since(1, await createMemoryFeed().head())).gone).toBe(true);
  });
});
