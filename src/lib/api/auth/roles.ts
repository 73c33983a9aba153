import { isKnownRole, type Role } from '../../../contract/enums.ts';
import type { User } from '../../../contract/models.ts';

const RANK: Record<Role, number> = { agent: 1, supervisor: 2, admin: 3 };

/**
 * The user's highest known role (users may hold several); null when they hold none we know. A role
 * upstream added (Apizee also lists `expert`) is kept in `roles` but grants nothing here.
 */
export function mainRole(user: Pick<User, 'roles'>): Role | null {
  return user.roles
    .filter(isKnownRole)
    .reduce<Role | null>((best, role) => (best === null || RANK[role] > RANK[best] ? role : best), null);
}

/** The role the header shows: the highest known one, translated, or else the roles as upstream names them. */
export function roleLabel(user: Pick<User, 'roles'>, t: (key: `role.${Role}`) => string): string {
  const role = mainRole(user);
  return role ? t(`role.${role}`) : user.roles.join(', ');
}

export function isAdmin(user: Pick<User, 'roles'>): boolean {
  return user.roles.includes('admin');
}

/** Supervisors and admins: supervision page, deleting tickets. */
export function canSupervise(user: Pick<User, 'roles'>): boolean {
  return user.roles.includes('supervisor') || user.roles.includes('admin');
}
