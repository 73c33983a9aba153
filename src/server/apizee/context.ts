import type { Role } from '../../contract/enums.ts';
import type { Extension } from '../../contract/extensions.ts';
import type { Logger } from '../runtime/log.ts';
import type { Database } from './db/database.ts';
import type { WebhookNotifier } from './webhooks/notifier.ts';

/** The authenticated caller, as every route sees it. */
export interface CurrentUser {
  id: number;
  username: string;
  email: string;
  phone: string;
  firstname: string;
  lastname: string;
  enterpriseId: number;
  role: Role;
  groupIds: number[];
}

/** Hono environment of the embedded API: `deps` is always set, `user` and `tokenId` after auth. */
export type ApizeeEnv = { Variables: { deps: ApizeeDeps; user: CurrentUser; tokenId: string } };

/** What route modules receive when they are registered. */
export interface ApizeeDeps {
  db: Database;
  logger: Logger;
  now: () => number;
  dataDir: string;
  /** The [ext] features this server answers (none: documented behaviour only). */
  extensions: ReadonlySet<Extension>;
  /** Webhooks of every ticket write (a no-op without targets). */
  webhooks: WebhookNotifier;
  /** Origin of the links the API hands out (`scope=sso`), e.g. https://dashboard.example.com; the request's when undefined. */
  publicUrl: () => string | undefined;
}
