import type { Migration } from '../migrations.ts';

/**
 * Medias of tickets. The bytes live on disk under the data folder; `file_path` and `thumbnail_path`
 * are relative to it (or absolute), and many rows may share one file (seeded samples are stored once).
 * A media that is not `completed` may have no file yet. `tags` is a JSON array of strings.
 */
export const mediasMigration: Migration = {
  version: 100,
  name: 'medias',
  up(db) {
    db.exec(`
      CREATE TABLE medias (
        id INTEGER PRIMARY KEY,
        ticket_id INTEGER NOT NULL REFERENCES tickets(id),
        title TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        media_type TEXT NOT NULL CHECK (media_type IN ('image', 'video', 'audio', 'document')),
        source TEXT NOT NULL CHECK (source IN ('snapshot', 'screen_capture', 'recording', 'upload')),
        status TEXT NOT NULL CHECK (status IN ('pending', 'processing', 'completed', 'failed')),
        mime_type TEXT NOT NULL,
        size INTEGER NOT NULL DEFAULT 0,
        width INTEGER,
        height INTEGER,
        duration REAL,
        latitude REAL,
        longitude REAL,
        tags TEXT NOT NULL DEFAULT '[]',
        user_id INTEGER REFERENCES users(id),
        created INTEGER NOT NULL,
        file_path TEXT,
        thumbnail_path TEXT
      );
      CREATE INDEX medias_ticket ON medias(ticket_id, status, created);
      CREATE INDEX medias_user ON medias(user_id);
    `);
  },
};
