import type { Migration } from '../migrations.ts';

/**
 * Core schema: tenancy, users, directory, contacts, tickets, events, tokens and the ticket search
 * index. Dates are epoch milliseconds. Ticket list indexes are partial (`deleted_at IS NULL`) so a
 * soft-deleted ticket costs nothing to the lists that never show it.
 */
export const coreMigration: Migration = {
  version: 1,
  name: 'core',
  up(db) {
    db.exec(`
      CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);

      CREATE TABLE enterprises (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL
      );

      CREATE TABLE users (
        id INTEGER PRIMARY KEY,
        enterprise_id INTEGER NOT NULL REFERENCES enterprises(id),
        username TEXT NOT NULL UNIQUE COLLATE NOCASE,
        email TEXT NOT NULL,
        phone TEXT NOT NULL DEFAULT '',
        firstname TEXT NOT NULL,
        lastname TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('agent', 'supervisor', 'admin')),
        password_hash TEXT NOT NULL,
        created_at INTEGER NOT NULL
      );
      CREATE INDEX users_enterprise ON users(enterprise_id, lastname, firstname);

      CREATE TABLE user_groups (
        id INTEGER PRIMARY KEY,
        enterprise_id INTEGER NOT NULL REFERENCES enterprises(id),
        name TEXT NOT NULL
      );
      CREATE INDEX user_groups_enterprise ON user_groups(enterprise_id, name);

      CREATE TABLE group_members (
        group_id INTEGER NOT NULL REFERENCES user_groups(id),
        user_id INTEGER NOT NULL REFERENCES users(id),
        PRIMARY KEY (group_id, user_id)
      ) WITHOUT ROWID;
      CREATE INDEX group_members_user ON group_members(user_id, group_id);

      CREATE TABLE services (
        id INTEGER PRIMARY KEY,
        enterprise_id INTEGER NOT NULL REFERENCES enterprises(id),
        key TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        is_default INTEGER NOT NULL DEFAULT 0
      );
      CREATE INDEX services_enterprise ON services(enterprise_id);

      CREATE TABLE contacts (
        id INTEGER PRIMARY KEY,
        enterprise_id INTEGER NOT NULL REFERENCES enterprises(id),
        name TEXT,
        firstname TEXT,
        company TEXT,
        gender TEXT,
        country TEXT,
        emails TEXT NOT NULL DEFAULT '[]',
        phones TEXT NOT NULL DEFAULT '[]',
        created_at INTEGER NOT NULL
      );
      CREATE INDEX contacts_enterprise ON contacts(enterprise_id, name);

      -- One row per e-mail address or phone number, so a new ticket finds its existing requestor.
      CREATE TABLE contact_keys (
        enterprise_id INTEGER NOT NULL,
        value TEXT NOT NULL,
        contact_id INTEGER NOT NULL REFERENCES contacts(id),
        PRIMARY KEY (enterprise_id, value)
      ) WITHOUT ROWID;

      CREATE TABLE tickets (
        id INTEGER PRIMARY KEY,
        enterprise_id INTEGER NOT NULL REFERENCES enterprises(id),
        state TEXT NOT NULL,
        type TEXT NOT NULL,
        subject TEXT NOT NULL DEFAULT '',
        reference TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL DEFAULT 'en',
        service_id INTEGER REFERENCES services(id),
        agent_id INTEGER REFERENCES users(id),
        group_id INTEGER REFERENCES user_groups(id),
        requestor_id INTEGER REFERENCES contacts(id),
        start_time INTEGER NOT NULL,
        end_time INTEGER NOT NULL,
        duration INTEGER NOT NULL,
        reminder INTEGER,
        options TEXT NOT NULL DEFAULT '{}',
        created INTEGER NOT NULL,
        modified INTEGER NOT NULL,
        deleted_at INTEGER
      );
      CREATE INDEX tickets_service_start ON tickets(enterprise_id, service_id, start_time) WHERE deleted_at IS NULL;
      CREATE INDEX tickets_start ON tickets(enterprise_id, start_time) WHERE deleted_at IS NULL;
      CREATE INDEX tickets_end ON tickets(enterprise_id, end_time) WHERE deleted_at IS NULL;
      CREATE INDEX tickets_created ON tickets(enterprise_id, created) WHERE deleted_at IS NULL;
      CREATE INDEX tickets_modified ON tickets(enterprise_id, modified) WHERE deleted_at IS NULL;
      CREATE INDEX tickets_reference ON tickets(enterprise_id, reference) WHERE deleted_at IS NULL;
      CREATE INDEX tickets_state ON tickets(enterprise_id, state, start_time) WHERE deleted_at IS NULL;
      CREATE INDEX tickets_type ON tickets(enterprise_id, type, start_time) WHERE deleted_at IS NULL;
      CREATE INDEX tickets_agent ON tickets(agent_id, service_id, start_time) WHERE deleted_at IS NULL;
      CREATE INDEX tickets_group ON tickets(group_id, agent_id, start_time) WHERE deleted_at IS NULL;
      CREATE INDEX tickets_requestor ON tickets(requestor_id, start_time) WHERE deleted_at IS NULL;
      CREATE INDEX tickets_report ON tickets(enterprise_id, created);

      CREATE TABLE ticket_events (
        id INTEGER PRIMARY KEY,
        ticket_id INTEGER NOT NULL REFERENCES tickets(id),
        event_name TEXT NOT NULL,
        timestamp INTEGER NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('agent', 'guest', 'system')),
        data TEXT NOT NULL DEFAULT '{}'
      );
      CREATE INDEX ticket_events_ticket ON ticket_events(ticket_id, timestamp, id);
      CREATE INDEX ticket_events_name ON ticket_events(event_name, timestamp);

      CREATE TABLE access_tokens (
        id TEXT PRIMARY KEY,
        user_id INTEGER NOT NULL REFERENCES users(id),
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL,
        revoked_at INTEGER
      ) WITHOUT ROWID;
      CREATE INDEX access_tokens_expiry ON access_tokens(expires_at);

      -- rowid = ticket id. Description is stored as plain text; e-mails and phones are space-joined.
      CREATE VIRTUAL TABLE tickets_fts USING fts5(
        subject, reference, description, requestor, emails, phones,
        tokenize = 'unicode61 remove_diacritics 2'
      );
    `);
  },
};
