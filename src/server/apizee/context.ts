import type { Role } from '../../contract/enums.ts';
import type { Logger } from '../runtime/log.ts';
import type { Database } from './db/database.ts';

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
}
