/**
 * Where live events come from, apart from who listens: in memory for one gateway (memoryFeed.ts), or
 * a store shared by replicas (PostgreSQL LISTEN/NOTIFY) behind the same interface.
 */
import type { PublishedLiveEvent } from '../../../contract/live.ts';

/** One published event, with the users it is for and the id the feed gave it. */
export type LiveRecord = { id: string; userIds: readonly number[]; event: PublishedLiveEvent };

/**
 * What a user missed after an id: every record for them, oldest first, or `gone` when the feed cannot
 * say (the id is older than what it keeps, or not one of its own). `head`: the latest id either way.
 */
export type LiveReplay = { gone: false; records: LiveRecord[]; head: string } | { gone: true; head: string };

export interface LiveFeed {
  /** Records the event and tells every subscriber (on every replica) once it has its id. */
  publish(userIds: readonly number[], event: PublishedLiveEvent): Promise<void>;
  since(userId: number, afterId: string): Promise<LiveReplay>;
  /** The latest id given (a new connection resumes from it). */
  head(): Promise<string>;
  /** Every record, in the order of their ids; returns the unsubscribe. */
  subscribe(listener: (record: LiveRecord) => void): () => void;
  /** Frees what the feed holds (a database connection). */
  close?(): Promise<void>;
}
