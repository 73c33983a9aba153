import { stateRankSql } from '../../../../contract/stateLifecycle.ts';
import type { Migration } from '../migrations.ts';

/**
 * Lists sorted by state (in the order of the life cycle, not of the names) read their page from an
 * index on that very expression instead of sorting every ticket of the enterprise (10 ms → 0.1 ms at
 * 100k). SQLite uses it only for a query whose ORDER BY is the same expression (listQuery.ts writes
 * it with stateRankSql too): a change of the life cycle needs a new migration with the new order.
 * The columns a list filters on follow, so a filtered walk reads no table row.
 */
export const stateOrderMigration: Migration = {
  version: 5,
  name: 'state-order',
  up(db) {
    db.exec(`
      CREATE INDEX tickets_state_rank ON tickets(enterprise_id, (${stateRankSql('state')}), id,
        service_id, agent_id, group_id, type, state) WHERE deleted_at IS NULL;
    `);
  },
};
