import type { Database } from '../db/database.ts';
import { statement } from '../db/statements.ts';

export interface RequestorInput {
  name?: string | undefined;
  firstname?: string | undefined;
  company?: string | undefined;
  gender?: string | undefined;
  country?: string | undefined;
  emails: string[];
  phones: string[];
}

interface ContactRow {
  id: number;
  name: string | null;
  firstname: string | null;
  company: string | null;
  gender: string | null;
  country: string | null;
  emails: string;
  phones: string;
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
  const findKey = statement(db, 'SELECT contact_id FROM contact_keys WHERE enterprise_id = ? AND value = ?');
  const addKey = statement(
    db,
    'INSERT OR IGNORE INTO contact_keys (enterprise_id, value, contact_id) VALUES (?, ?, ?)',
  );
  let contactId: number | undefined;
  for (const key of keys) {
    contactId = findKey.pluck().get(enterpriseId, key) as number | undefined;
    if (contactId !== undefined) break;
  }

  if (contactId === undefined) {
    const result = statement(
      db,
      `INSERT INTO contacts (enterprise_id, name, firstname, company, gender, country, emails, phones, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      enterpriseId,
      input.name ?? null,
      input.firstname ?? null,
      input.company ?? null,
      input.gender ?? null,
      input.country ?? null,
      JSON.stringify(input.emails),
      JSON.stringify(input.phones),
      now,
    );
    contactId = Number(result.lastInsertRowid);
  } else {
    const existing = statement(db, 'SELECT * FROM contacts WHERE id = ?').get(contactId) as ContactRow;
    statement(
      db,
      `UPDATE contacts SET name = ?, firstname = ?, company = ?, gender = ?, country = ?, emails = ?, phones = ?
       WHERE id = ?`,
    ).run(
      existing.name ?? input.name ?? null,
      existing.firstname ?? input.firstname ?? null,
      existing.company ?? input.company ?? null,
      existing.gender ?? input.gender ?? null,
      existing.country ?? input.country ?? null,
      JSON.stringify(union(JSON.parse(existing.emails) as string[], input.emails)),
      JSON.stringify(union(JSON.parse(existing.phones) as string[], input.phones)),
      contactId,
    );
  }
  for (const key of keys) addKey.run(enterpriseId, key, contactId);
  return contactId;
}
