import type { Role } from '../../../contract/enums.ts';
import type { User } from '../../../contract/models.ts';

const RANK: Record<Role, number> = { agent: 1, supervisor: 2, admin: 3 };

/** The user's highest role (users may hold several). */
export function mainRole(user: Pick<User, 'roles'>): Role {
  return user.roles.reduce<Role>((best, role) => (RANK[role] > RANK[best] ? role : best), 'agent');
}

export function isAdmin(user: Pick<User, 'roles'>): boolean {
  return user.roles.includes('admin');
}

/** Supervisors and admins: supervision page, deleting tickets. */
export function canSupervise(user: Pick<User, 'roles'>): boolean {
  return user.roles.includes('supervisor') || user.roles.includes('admin');
}
