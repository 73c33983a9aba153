/** What the rest of the gateway sees of the sync (syncManager.ts builds it). */
import type { Session } from '../sessionCookie.ts';

export interface SyncStatus {
  /** Every scope has had its first full pass: lists can be answered from the store alone. */
  done: boolean;
  synced: number;
  total: number | null;
}

export interface SyncManager {
  connect(session: Session): void;
  disconnect(session: Session): void;
  /**
   * An incremental pass, once however often asked: `soon` at webhook-refresh priority (a ticket may
   * have come into or out of the user's view), `later` at sync priority (only fields beside the state
   * the store already shows may have changed).
   */
  refresh(userId: number, when?: 'soon' | 'later'): void;
  /** Re-reads one ticket as the user (a webhook named a ticket their lists cannot show). */
  verify(userId: number, ticketId: number): void;
  status(userId: number): Promise<SyncStatus>;
  /**
   * The store holds what this user sees, as of now: their first sync is done and a live connection
   * here keeps it current (a pass has run since it opened, and webhooks or polls since).
   */
  isCurrent(userId: number): Promise<boolean>;
  /**
   * Waits (at most `maxMs`) for the re-reads a webhook asked for this user, so that a list answered
   * from the store right after a change includes it.
   */
  settle(userId: number, maxMs?: number): Promise<void>;
  /** Waits (at most `maxMs`) until the store is current for the user (see `isCurrent`). */
  untilCurrent(userId: number, maxMs: number): Promise<void>;
  /** The in-memory token of a user being synced. */
  tokenOf(userId: number): string | undefined;
  /** Users being synced (with a live connection) of an enterprise. */
  liveUsers(enterpriseId: number): number[];
  /** Resolves when no pass is running or due at once (tests). */
  idle(): Promise<void>;
  close(): void;
}

export interface SyncOptions {
  /** Safety re-read when no webhook came (default 60 s: changes show within ~65 s without webhooks). */
  pollMs?: number;
  /** Webhooks arriving within this long are one refresh (default 250 ms). */
  coalesceMs?: number;
  /** The same for refreshes that can wait (default 5 s). */
  laterMs?: number;
  /** How long a user's sync outlives their last stream (default 30 s: a reload reconnects within it). */
  lingerMs?: number;
}
