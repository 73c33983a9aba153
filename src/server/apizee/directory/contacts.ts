import type { Database } from '../db/database.ts';
import {
  addContactKey,
  findContact,
  findContactIdByKey,
  insertContact,
  updateContact,
} from './repository.ts';

export interface RequestorInput {
  name?: string | undefined;
  firstname?: string | undefined;
  company?: string | undefined;
  gender?: string | undefined;
  country?: string | undefined;
  emails: string[];
  phones: string[];
}

const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];

/**
 * The contact of the enterprise that already has one of these e-mails or phones (its missing
 * details and new addresses are added), or a new contact.
 */
export function findOrCreateContact(
  db: Database,
  enterpriseId: number,
  input: RequestorInput,
  now: number,
): number {
  const keys = union(input.emails, input.phones);
  let contactId: number | undefined;
  for (const key of keys) {
    contactId = findContactIdByKey(db, enterpriseId, key);
    if (contactId !== undefined) break;
  }

  if (contactId === undefined) {
    contactId = insertContact(
      db,
      enterpriseId,
      {
        name: input.name ?? null,
        firstname: input.firstname ?? null,
        company: input.company ?? null,
        gender: input.gender ?? null,
        country: input.country ?? null,
        emails: JSON.stringify(input.emails),
        phones: JSON.stringify(input.phones),
      },
      now,
    );
  } else {
    const existing = findContact(db, contactId)!;
    updateContact(db, {
      id: contactId,
      name: existing.name ?? input.name ?? null,
      firstname: existing.firstname ?? input.firstname ?? null,
      company: existing.company ?? input.company ?? null,
      gender: existing.gender ?? input.gender ?? null,
      country: existing.country ?? input.country ?? null,
      emails: JSON.stringify(union(JSON.parse(existing.emails) as string[], input.emails)),
      phones: JSON.stringify(union(JSON.parse(existing.phones) as string[], input.phones)),
    });
  }
  for (const key of keys) addContactKey(db, enterpriseId, key, contactId);
  return contactId;
}
