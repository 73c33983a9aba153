/**
 * The extensions of ours ([ext] in API.md) that a real Apizee may lack. The embedded API answers them
 * only when APIZEE_EXTENSIONS is on; the gateway tells the SPA which ones its upstream has (the
 * `extensions` field of `GET /auth/session`), so every page can do without the missing ones.
 */
export const EXTENSIONS = [
  /** `state` on the ticket list. */
  'stateFilter',
  /** `started_before` on the ticket list. */
  'startedBeforeFilter',
  /** `user=unassigned` and `user=visible` on the ticket list. */
  'userScopes',
  /** `service=all` on the ticket list. */
  'allServices',
  /** `GET /contacts`. */
  'contacts',
  /** `thumbnail_url` on medias and `GET /medias/{id}/thumbnail`. */
  'thumbnails',
  /** `ids` on the medias zip. */
  'zipIds',
  /** `enterprise_name` on `users/me`. */
  'enterpriseName',
  /** The report's figures beyond the base shape: `late`, `avg_duration`, `previous`, … (contract/report.ts). */
  'reportFigures',
] as const;

export type Extension = (typeof EXTENSIONS)[number];

/** The [ext] endpoint the embedded API answers when its extensions are on (404 upstream, like any unknown path). */
export const EXTENSIONS_PATH = '/extensions';
