/**
 * The gateway's ticket store, as Kysely sees it. Times are epoch milliseconds; JSON columns hold
 * upstream's objects as text (the same in SQLite and PostgreSQL).
 */
import type { Generated } from 'kysely';

export interface StoreUsersTable {
  id: number;
  enterprise_id: number;
  username: string;
  /** JSON: upstream's `users/me` body. */
  profile: string;
  /** When `profile` was read upstream. */
  profile_at: number;
}

export interface StoreTicketsTable {
  id: number;
  enterprise_id: number;
  /** JSON: the ticket object as upstream last sent it (without `links`). */
  body: string;
  state: string;
  agent_id: number | null;
  group_id: number | null;
  service_key: string | null;
  type: string;
  reference: string | null;
  requestor_id: number | null;
  created: number;
  modified: number;
  start_time: number | null;
  end_time: number | null;
  /** Lower-cased, accent-free words and phone forms that search matches (searchText.ts). */
  search_text: string;
  /** When a webhook said it changed after `body` was read: its fields beside state may be older. */
  stale_since: number | null;
  /** When it last entered `done`, as the store saw or inferred it (completion.ts); null if never. */
  completed: number | null;
}

/** The invariant's ledger: `user_id` may be served `ticket_id` because their own upstream answer held it. */
export interface StoreVisibilityTable {
  user_id: number;
  ticket_id: number;
  seen_at: number;
}

/** Events and medias lists of a ticket, as upstream answered one user (served to that user only). */
export interface StoreTicketCacheTable {
  user_id: number;
  ticket_id: number;
  /** `events` or `medias` plus the query string. */
  kind: string;
  body: string;
  /** The ticket's `modified` when fetched: a later change makes the entry stale. */
  ticket_modified: number;
  fetched_at: number;
}

/** Directory answers (groups, services, users, contacts) per user, short-lived. */
export interface StoreResponseCacheTable {
  user_id: number;
  path: string;
  body: string;
  fetched_at: number;
}

/** One sequence of upstream list calls that defines part of what a user sees (sync/scopes.ts). */
export interface StoreSyncScopesTable {
  user_id: number;
  /** The list call's query string without paging (e.g. `user=visible&service=all`). */
  scope: string;
  /** `initial` (paging by created) until its first pass is done, then `incremental`. */
  phase: string;
  /** Initial pass: the last `created` read (the next page asks `since` it). */
  cursor: number | null;
  /** How many tickets created exactly at `cursor` were read already (they repeat in the next page). */
  cursor_offset: number;
  synced: number;
  total: number | null;
  /** Highest `modified` seen: the incremental pass reads back to it. */
  watermark: number | null;
  updated_at: number;
}

/** Upstream calls spent per user, shared by every gateway (budget/scheduler.ts). */
export interface StoreBudgetCallsTable {
  id: Generated<number>;
  user_id: number;
  at: number;
  priority: string;
}

/** What upstream's X-RateLimit-* headers last said of a user's budget. */
export interface StoreBudgetStateTable {
  user_id: number;
  remaining: number;
  reset_at: number;
  observed_at: number;
}

/** Webhook deliveries already applied (replays and repeats are recognised by `digest`). */
export interface StoreWebhookDeliveriesTable {
  digest: string;
  received_at: number;
}

/** Live events of every gateway on one PostgreSQL store, for LISTEN/NOTIFY fan-out and resuming. */
export interface StoreLiveEventsTable {
  id: Generated<number>;
  /** JSON array of the user ids the event is for. */
  user_ids: string;
  /** JSON: the PublishedLiveEvent. */
  event: string;
  at: number;
}

/** A user's saved list view (views/savedViews.ts): served to and changed by that user only. */
export interface StoreSavedViewsTable {
  id: Generated<number>;
  user_id: number;
  enterprise_id: number;
  /** 1–80 characters. */
  name: string;
  /** The list's query string (no `?`), as ticketListView's serializer writes it. */
  query: string;
  /** 0-based order in the user's navigation. */
  position: number;
  created: number;
  updated: number;
}

/** Sessions signed out at the gateway, until their own expiry (sessionRevocations.ts). */
export interface StoreRevokedSessionsTable {
  session_id: string;
  user_id: number;
  expires_at: number;
}

/** "Sign out everywhere": every session of the user issued before `revoked_before` is refused. */
export interface StoreSessionCutoffsTable {
  user_id: number;
  revoked_before: number;
}

export interface StoreSchema {
  store_saved_views: StoreSavedViewsTable;
  store_live_events: StoreLiveEventsTable;
  store_users: StoreUsersTable;
  store_tickets: StoreTicketsTable;
  store_visibility: StoreVisibilityTable;
  store_ticket_cache: StoreTicketCacheTable;
  store_response_cache: StoreResponseCacheTable;
  store_sync_scopes: StoreSyncScopesTable;
  store_budget_calls: StoreBudgetCallsTable;
  store_budget_state: StoreBudgetStateTable;
  store_webhook_deliveries: StoreWebhookDeliveriesTable;
  store_revoked_sessions: StoreRevokedSessionsTable;
  store_session_cutoffs: StoreSessionCutoffsTable;
}
