import { isKnownRole, type Role } from '../../../contract/enums.ts';
import type { DirectoryUser, GroupRef, Ticket, User } from '../../../contract/models.ts';

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

/** A user with a role we know may work on tickets; an unknown role grants nothing. */
export function canWork(user: Pick<User, 'roles'>): boolean {
  return mainRole(user) !== null;
}

type AssigningUser = Pick<User, 'id' | 'roles' | 'groups'>;
type AssignedTicket = Pick<Ticket, 'state' | 'agent' | 'group'>;

/**
 * "Assign to me" can succeed (tickets/update.ts): the ticket is not closed, not mine already, and I am
 * a member of its group (the server refuses an agent outside the ticket's group, whatever my role).
 */
export function canAssignToSelf(user: AssigningUser, ticket: AssignedTicket): boolean {
  if (!canWork(user) || ticket.state === 'closed' || ticket.agent?.id === user.id) return false;
  return ticket.group === null || user.groups.some((group) => group.id === ticket.group?.id);
}

/**
 * The assignments the server accepts from this user: an agent (or a role we do not know) may take a
 * ticket or leave it unassigned, and move it only into one of their groups; supervisors and admins
 * choose among every group and its members. `null` for the directory means "fetch it" (supervisors).
 */
export function restrictedAssignment(
  user: AssigningUser & Pick<User, 'username' | 'firstname' | 'lastname' | 'email'>,
): { groups: GroupRef[]; users: DirectoryUser[] } | null {
  if (canSupervise(user)) return null;
  const self: DirectoryUser = {
    id: user.id,
    username: user.username,
    email: user.email,
    firstname: user.firstname,
    lastname: user.lastname,
    roles: user.roles,
    groups: user.groups,
  };
  return { groups: user.groups, users: canWork(user) ? [self] : [] };
}
