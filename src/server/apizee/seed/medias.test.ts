import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../testing/harness.ts';
import { SAMPLES_DIR } from '../medias/storage.ts';

let h: Harness;

interface Row {
  ticket_id: number;
  media_type: string;
  source: string;
  status: string;
  created: number;
  title: string;
  latitude: number | null;
  user_id: number | null;
  file_path: string | null;
  thumbnail_path: string | null;
  size: number;
}

let medias: Row[];

beforeAll(async () => {
  // The harness seeds the demo data, medias included.
  h = await createHarness({ tickets: 60 });
  medias = h.db.prepare('SELECT * FROM medias').all() as Row[];
});

afterAll(() => h.close());

describe('seedMedias', () => {
  it('gives every media.pictureTaken event an image media at its time, with its title', () => {
    const events = h.db
      .prepare("SELECT ticket_id, timestamp, data FROM ticket_events WHERE event_name = 'media.pictureTaken'")
      .all() as { ticket_id: number; timestamp: number; data: string }[];
    expect(events.length).toBeGreaterThan(300);
    const images = new Set(
      medias.filter((m) => m.media_type === 'image').map((m) => `${m.ticket_id}:${m.created}:${m.title}`),
    );
    for (const event of events) {
      const title = (JSON.parse(event.data) as { title: string }).title;
      expect(images.has(`${event.ticket_id}:${event.timestamp}:${title}`), title).toBe(true);
    }
    expect(medias.filter((m) => m.media_type === 'image')).toHaveLength(events.length);
  });

  it('only gives medias to tickets that reached a session', () => {
    const sessions = new Set(
      h.db
        .prepare("SELECT DISTINCT ticket_id FROM ticket_events WHERE event_name = 'ticket.sessionStarted'")
        .pluck()
        .all() as number[],
    );
    expect(medias.every((m) => sessions.has(m.ticket_id))).toBe(true);
  });

  it('has recordings in every status, authors, tags and locations', () => {
    const recordings = medias.filter((m) => m.media_type === 'video');
    expect(new Set(recordings.map((m) => m.status))).toEqual(new Set(['completed', 'processing', 'failed']));
    expect(medias.some((m) => m.media_type === 'audio')).toBe(true);
    expect(medias.some((m) => m.source === 'screen_capture')).toBe(true);
    expect(medias.filter((m) => m.user_id !== null).length).toBeGreaterThan(medias.length * 0.9);
    expect(medias.some((m) => m.latitude !== null)).toBe(true);
    const tagged = h.db.prepare("SELECT COUNT(*) FROM medias WHERE tags <> '[]'").pluck().get() as number;
    expect(tagged).toBeGreaterThan(0);
  });

  it('points every stored media at one shared sample file with its real size and thumbnail', () => {
    const stored = medias.filter((m) => m.status === 'completed');
    const files = new Set(stored.map((m) => m.file_path));
    expect(files.size).toBeLessThanOrEqual(fs.readdirSync(path.join(h.dataDir, SAMPLES_DIR)).length);
    for (const media of stored) {
      expect(media.file_path!.startsWith(`${SAMPLES_DIR}/`)).toBe(true);
      expect(fs.statSync(path.join(h.dataDir, media.file_path!)).size).toBe(media.size);
      if (media.media_type !== 'audio')
        expect(fs.existsSync(path.join(h.dataDir, media.thumbnail_path!))).toBe(true);
    }
    const unfinished = medias.filter((m) => m.status !== 'completed');
    expect(unfinished.every((m) => m.file_path === null && m.size === 0)).toBe(true);
  });

  it('keeps an Acme ticket with at least 300 medias for the speed check', () => {
    const largest = h.db
      .prepare(
        `SELECT m.ticket_id, t.enterprise_id, COUNT(*) AS n FROM medias m JOIN tickets t ON t.id = m.ticket_id
         GROUP BY m.ticket_id ORDER BY n DESC LIMIT 1`,
      )
      .get() as { ticket_id: number; enterprise_id: number; n: number };
    expect(largest.n).toBeGreaterThanOrEqual(300);
    expect(largest.enterprise_id).toBe(h.enterpriseId('admin'));
  });

  it('takes every photo inside its video session, the large ticket included', () => {
    const outside = h.db
      .prepare(
        `SELECT p.ticket_id, p.timestamp FROM ticket_events p
         WHERE p.event_name = 'media.pictureTaken' AND (
           p.timestamp < (SELECT MIN(timestamp) FROM ticket_events e
                          WHERE e.ticket_id = p.ticket_id AND e.event_name = 'session.established')
           OR p.timestamp > (SELECT MIN(timestamp) FROM ticket_events e WHERE e.ticket_id = p.ticket_id
                             AND e.event_name IN ('session.agentLeft', 'ticket.completed')))`,
      )
      .all();
    expect(outside).toEqual([]);
    const photos = h.db
      .prepare("SELECT COUNT(*) FROM ticket_events WHERE event_name = 'media.pictureTaken'")
      .pluck()
      .get() as number;
    expect(photos).toBeGreaterThanOrEqual(300);
  });
});
