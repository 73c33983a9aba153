/**
 * What the gateway keeps beside forwarding: the ticket store, each user's budget, the live hub that
 * tells browsers, and the sync that fills the store. Built once per process from an open database.
 */
import type { Kysely } from 'kysely';
import type { Extension } from '../../../contract/extensions.ts';
import type { LiveHub } from '../live/hub.ts';
import type { BudgetScheduler } from '../budget/scheduler.ts';
import type { StoreDatabase, StoreDialect } from './database.ts';
import type { StoreSchema } from './schema.ts';
import type { SyncManager } from '../sync/syncManager.ts';

export interface GatewayStore {
  db: Kysely<StoreSchema>;
  dialect: StoreDialect;
  budget: BudgetScheduler;
  live: LiveHub;
  sync: SyncManager;
  /** Tells the user's browsers what is left of their budget (debounced). */
  publishBudget(userId: number): void;
  /** Whether upstream's webhooks tell this store of every change (StoreOptions.webhooksWired). */
  readonly webhooksWired: boolean;
  /** Whether upstream answered the last call; a change is told to every live browser. */
  noteUpstream(reachable: boolean): void;
  upstreamReachable(): boolean;
  /** Our extensions the upstream answers, for a user being synced (none known otherwise). */
  extensionsOf(userId: number): Promise<readonly Extension[]>;
  close(): Promise<void>;
}

export interface StoreOptions {
  database: StoreDatabase;
  /** Upstream calls per minute per user (Apizee: 10). */
  rateLimit: number;
  /** WEBHOOK_SECRET: when set, POST /webhooks/apizee accepts deliveries that carry it. */
  webhookSecret?: string | undefined;
  /** Upstream's webhooks reach this store (in process, or over HTTP with the secret): changes need no re-read. */
  webhooksWired?: boolean;
  /** With webhooks wired, the sync only re-reads upstream this rarely as a safety net. */
  pollMs?: number;
}

/** Answers the upstream supports plus what the store answers itself for every list. */
export const STORE_EXTENSIONS: readonly Extension[] = [
  'stateFilter',
  'startedBeforeFilter',
  'userScopes',
  'allServices',
];
