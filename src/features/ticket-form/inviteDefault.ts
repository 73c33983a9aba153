import type { GroupRef } from '../../contract/models.ts';

/** Whether the form holds a phone number or an e-mail address to invite. */
export function hasContact(phones: readonly string[], emails: readonly string[]): boolean {
  return [...phones, ...emails].some((value) => value.trim() !== '');
}

/** The group a new ticket starts in: the creator's only group, or none when they have several (or none). */
export function defaultGroup(groups: readonly GroupRef[]): string {
  return groups.length === 1 ? String(groups[0]!.id) : '';
}
