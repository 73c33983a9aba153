/**
 * Saved views and the CSV of the list: the gateway's own routes (not Apizee's API), their limits and
 * shapes, shared by the gateway and the SPA. No zod here: the navigation (first screen) imports it.
 */

/** The gateway's own routes, beside `/api/v3` (upstream's) and `/auth`. */
export const GATEWAY_BASE = '/gateway';
export const gatewayPaths = {
  views: `${GATEWAY_BASE}/views`,
  view: (id: number) => `${GATEWAY_BASE}/views/${id}`,
  viewCounts: `${GATEWAY_BASE}/views/counts`,
  ticketsCsv: `${GATEWAY_BASE}/tickets.csv`,
} as const;

export const VIEW_NAME_MAX = 80;
export const MAX_VIEWS_PER_USER = 50;
/** Bytes of the view's query string (UTF-8). */
export const VIEW_QUERY_MAX_BYTES = 2048;

/** One saved view: `query` is the list's query string (no `?`), as the list's serializer writes it. */
export type SavedView = {
  id: number;
  name: string;
  query: string;
  /** 0-based, the order in the navigation. */
  position: number;
  created: string;
  updated: string;
};

export type SavedViewList = { data: SavedView[] };
/** How many tickets each view lists now, by view id; `syncing` while the store is still filling. */
export type SavedViewCounts = { counts: Record<string, number>; syncing: boolean };

export type CreateViewBody = { name: string; query: string };
/** Rename, move (to a 0-based position), or both. */
export type UpdateViewBody = { name?: string; position?: number };

/** The CSV answer's header with how many rows follow (for a progress bar). */
export const CSV_TOTAL_HEADER = 'X-Total-Count';
