import { describe, expect, it } from 'vitest';
import { captureLogs } from '../testSupport.ts';
import { createLiveHub } from './hub.ts';
import { createMemoryFeed } from './memoryFeed.ts';

async function take(iterator: AsyncIterator<unknown>, count: number) {
  const taken = [];
  for (let i = 0; i < count; i += 1) taken.push((await iterator.next()).value);
  return taken;
}

describe('the live hub', () => {
  it('sends a slow browser one resync instead of an unbounded queue', async () => {
    const hub = createLiveHub({ feed: createMemoryFeed(), logger: captureLogs().logger, maxPending: 3 });
    const connection = hub.connect(1);
    const messages = connection.messages[Symbol.asyncIterator]();
    expect(await take(messages, 1)).toMatchObject([{ event: { type: 'ready' } }]);
    for (const ticketId of [1, 2, 3, 4]) hub.publish([1], { type: 'ticket.deleted', ticketId });
    const [resync] = (await take(messages, 1)) as [{ event: unknown }];
    expect(resync.event).toEqual({ type: 'resync' });
    hub.publish([1], { type: 'ticket.deleted', ticketId: 5 });
    expect(await take(messages, 1)).toMatchObject([{ event: { type: 'ticket.deleted', ticketId: 5 } }]);
    connection.close();
    expect(await messages.next()).toEqual({ done: true, value: undefined });
  });

  it('refuses new streams once closed', async () => {
    const hub = createLiveHub({ feed: createMemoryFeed(), logger: captureLogs().logger });
    hub.close();
    const messages = hub.connect(1).messages[Symbol.asyncIterator]();
    expect(await messages.next()).toEqual({ done: true, value: undefined });
    expect(hub.connectedUsers()).toEqual([]);
  });
});
