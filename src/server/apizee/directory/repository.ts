import type { Database } from '../db/database.ts';
import { statement } from '../db/statements.ts';

export interface GroupRow {
  id: number;
  name: string;
}

export interface ServiceRow {
  id: number;
  key: string;
  name: string;
  is_default: number;
}

export function findGroup(db: Database, enterpriseId: number, id: number): GroupRow | undefined {
  return statement(db, 'SELECT id, name FROM user_groups WHERE id = ? AND enterprise_id = ?').get(
    id,
    enterpriseId,
  ) as GroupRow | undefined;
}

export function isGroupMember(db: Database, groupId: number, userId: number): boolean {
  return (
    statement(db, 'SELECT 1 FROM group_members WHERE group_id = ? AND user_id = ?').get(groupId, userId) !==
    undefined
  );
}

export function findServiceByKey(db: Database, enterpriseId: number, key: string): ServiceRow | undefined {
  return statement(
    db,
    'SELECT id, key, name, is_default FROM services WHERE key = ? AND enterprise_id = ?',
  ).get(key, enterpriseId) as ServiceRow | undefined;
}

export function defaultService(db: Database, enterpriseId: number): ServiceRow | undefined {
  return statement(
    db,
    'SELECT id, key, name, is_default FROM services WHERE enterprise_id = ? ORDER BY is_default DESC, id LIMIT 1',
  ).get(enterpriseId) as ServiceRow | undefined;
}
