/** The feed of one gateway process: records kept in memory, a bounded window for resuming. */
import { randomBytes } from 'node:crypto';
import type { PublishedLiveEvent } from '../../../contract/live.ts';
import type { LiveFeed, LiveRecord, LiveReplay } from './feed.ts';

export type MemoryFeedOptions = {
  /** How many records are kept for resuming (default 1,000)... */
  maxRecords?: number;
  /** ...and for how long (default 5 minutes). */
  maxAgeMs?: number;
  now?: () => number;
};

/**
 * Ids are `<epoch>-<sequence>`: the epoch (random, per feed) makes an id of an earlier process
 * unknown rather than mistaken for one of ours, so a browser resuming across a restart gets a resync.
 */
export function createMemoryFeed(options: MemoryFeedOptions = {}): LiveFeed {
  const maxRecords = options.maxRecords ?? 1_000;
  const maxAgeMs = options.maxAgeMs ?? 5 * 60_000;
  const now = options.now ?? Date.now;
  const epoch = randomBytes(6).toString('hex');
  const kept: { sequence: number; at: number; record: LiveRecord }[] = [];
  const listeners = new Set<(record: LiveRecord) => void>();
  let sequence = 0;
  /** Records up to this sequence are no longer kept. */
  let forgottenThrough = 0;

  const idOf = (n: number) => `${epoch}-${n}`;
  const sequenceOf = (id: string): number | null => {
    const [idEpoch, n, ...rest] = id.split('-');
    if (idEpoch !== epoch || rest.length > 0 || !/^\d+$/.test(n ?? '')) return null;
    return Number(n);
  };
  const forgetOld = () => {
    const oldest = now() - maxAgeMs;
    while (kept.length > 0 && (kept.length > maxRecords || kept[0]!.at < oldest)) {
      forgottenThrough = kept.shift()!.sequence;
    }
  };

  return {
    publish(userIds: readonly number[], event: PublishedLiveEvent) {
      sequence += 1;
      const record: LiveRecord = { id: idOf(sequence), userIds: [...userIds], event };
      kept.push({ sequence, at: now(), record });
      forgetOld();
      for (const listener of listeners) listener(record);
      return Promise.resolve();
    },
    since(userId, afterId): Promise<LiveReplay> {
      forgetOld();
      const head = idOf(sequence);
      const after = sequenceOf(afterId);
      if (after === null || after < forgottenThrough || after > sequence) {
        return Promise.resolve({ gone: true, head });
      }
      const records = kept
        .filter((entry) => entry.sequence > after && entry.record.userIds.includes(userId))
        .map((entry) => entry.record);
      return Promise.resolve({ gone: false, records, head });
    },
    head: () => Promise.resolve(idOf(sequence)),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
