import fs from 'node:fs';
import path from 'node:path';
import type { MediaSource, MediaStatus } from '../../../contract/enums.ts';
import type BetterSqlite3 from 'better-sqlite3';
import type { Database } from '../db/database.ts';
import { createRandom, type Random } from './random.ts';
import { INSERT_EVENT_SQL } from '../events/events.ts';
import {
  ALL_SAMPLES,
  SAMPLE_AUDIO,
  SAMPLE_PHOTOS,
  SAMPLE_RECORDINGS,
  SAMPLE_SCREEN_CAPTURE,
  type SampleMedia,
} from './samples.ts';
import { installSampleFiles, SAMPLES_DIR } from '../medias/storage.ts';

export interface SeedMediasOptions {
  dataDir: string;
  /** Medias of the demo ticket kept for the speed check (the Acme ticket with the most photos). */
  largeTicketMedias?: number;
}

export interface SeedMediasResult {
  medias: number;
  largeTicketId: number | null;
}

const TAGS = ['meter', 'serial-number', 'damage', 'installation', 'label', 'before', 'after', 'wiring'];
const DESCRIPTIONS = [
  '',
  '',
  'Taken at the agent’s request',
  'Close-up of the identification plate',
  'Wide view of the installation',
  'Damage before repair',
];
const SESSION_EVENTS = new Set(['ticket.sessionStarted', 'session.established']);
/** Events that close a video session: photos are taken before the first of them. */
const SESSION_END_EVENTS = ['session.userLeft', 'session.agentLeft', 'ticket.completed'];
const RANDOM_SEED = 0x6d656469;
const TICKET_WINDOW = 2000;

function tagsFor(random: Random): string {
  const count = random.int(0, 2);
  const tags = new Set<string>();
  for (let i = 0; i < count; i += 1) tags.add(random.pick(TAGS));
  return JSON.stringify([...tags]);
}

const RELEVANT_EVENTS = [
  'media.pictureTaken',
  'geo.ansAllowed',
  'ticket.sessionStarted',
  'session.established',
];

interface TicketContext {
  ticketId: number;
  enterpriseId: number;
  agentId: number | null;
  geo: { lat: number; lng: number } | null;
  sessionStart: number | null;
  pictures: number;
}

interface EventRow {
  ticket_id: number;
  event_name: string;
  timestamp: number;
  data: string;
  agent_id: number | null;
  enterprise_id: number;
}

function parseData(json: string): Record<string, unknown> {
  try {
    const data: unknown = JSON.parse(json);
    return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function readGeo(data: Record<string, unknown>): TicketContext['geo'] {
  const geo = data.geoloc as { lat?: unknown; lng?: unknown } | undefined;
  return typeof geo?.lat === 'number' && typeof geo.lng === 'number' ? { lat: geo.lat, lng: geo.lng } : null;
}

/**
 * Gives tickets that reached a video session medias consistent with their events: one image per
 * `media.pictureTaken` event (at its time, by the agent named in it, with the location of the last
 * `geo.ansAllowed`), a recording for about half of the sessions (some still `processing`, some
 * `failed`) and a few audio notes. Rows point at one shared copy of the sample files in
 * `<dataDir>/medias/samples/` and reuse their committed thumbnails. The Acme ticket with the most
 * photos is topped up to `largeTicketMedias` medias (with matching events) for the speed check.
 */
export function seedMedias(db: Database, options: SeedMediasOptions): SeedMediasResult {
  installSampleFiles(options.dataDir);
  const samplePath = (name: string) => `${SAMPLES_DIR}/${name}`;
  const sizes = new Map(
    ALL_SAMPLES.map(
      (s) => [s.file, fs.statSync(path.join(options.dataDir, SAMPLES_DIR, s.file)).size] as const,
    ),
  );
  const userByEmail = new Map(
    (
      db.prepare('SELECT id, enterprise_id, lower(email) AS email FROM users').all() as {
        id: number;
        enterprise_id: number;
        email: string;
      }[]
    ).map((u) => [`${u.enterprise_id}:${u.email}`, u.id] as const),
  );

  const insertMedia =
    db.prepare(`INSERT INTO medias (ticket_id, title, description, media_type, source, status, mime_type,
      size, width, height, duration, latitude, longitude, tags, user_id, created, file_path, thumbnail_path)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertEvent = db.prepare(INSERT_EVENT_SQL);
  // Rows come in a fixed order, so one seeded stream keeps the result the same on every run.
  const random = createRandom(RANDOM_SEED);
  let count = 0;

  const addMedia = (
    ticket: TicketContext,
    sample: SampleMedia,
    fields: {
      title: string;
      source: MediaSource;
      status: MediaStatus;
      created: number;
      userId: number | null;
    },
  ) => {
    const stored = fields.status === 'completed';
    insertMedia.run(
      ticket.ticketId,
      fields.title,
      random.pick(DESCRIPTIONS),
      sample.mediaType,
      fields.source,
      fields.status,
      sample.mimeType,
      stored ? (sizes.get(sample.file) ?? 0) : 0,
      sample.width,
      sample.height,
      sample.duration,
      sample.mediaType === 'image' ? (ticket.geo?.lat ?? null) : null,
      sample.mediaType === 'image' ? (ticket.geo?.lng ?? null) : null,
      tagsFor(random),
      fields.userId,
      fields.created,
      stored ? samplePath(sample.file) : null,
      stored && sample.thumbnail ? samplePath(sample.thumbnail) : null,
    );
    count += 1;
  };

  const addPicture = (ticket: TicketContext, created: number, title: string, userId: number | null) => {
    ticket.pictures += 1;
    const isScreen = ticket.pictures % 5 === 0;
    addMedia(ticket, isScreen ? SAMPLE_SCREEN_CAPTURE : random.pick(SAMPLE_PHOTOS), {
      title,
      source: isScreen ? 'screen_capture' : 'snapshot',
      status: random.chance(0.03) ? 'failed' : 'completed',
      created,
      userId,
    });
  };

  const addSessionMedias = (ticket: TicketContext) => {
    if (ticket.sessionStart === null) return;
    if (random.chance(0.5)) {
      const status = random.weighted({ completed: 84, processing: 10, failed: 6 });
      addMedia(ticket, random.pick(SAMPLE_RECORDINGS), {
        title: 'Session recording',
        source: 'recording',
        status,
        created: ticket.sessionStart + 60_000,
        userId: ticket.agentId,
      });
    }
    if (random.chance(0.1)) {
      addMedia(ticket, SAMPLE_AUDIO, {
        title: 'Voice note',
        source: 'recording',
        status: 'completed',
        created: ticket.sessionStart + 120_000,
        userId: ticket.agentId,
      });
    }
  };

  // better-sqlite3 cannot write while a read is open, so events are read in windows of ticket ids.
  // The unary + keeps SQLite on the (ticket_id, ...) index: before ANALYZE it would pick the
  // event-name index and rescan every matching event for each window.
  const eventsOf =
    db.prepare(`SELECT e.ticket_id, e.event_name, e.timestamp, e.data, t.agent_id, t.enterprise_id
      FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id
      WHERE e.ticket_id BETWEEN ? AND ? AND +e.event_name IN (${RELEVANT_EVENTS.map(() => '?').join(',')})
      ORDER BY e.ticket_id, e.timestamp, e.id`);
  const maxTicketId = (db.prepare('SELECT MAX(id) FROM tickets').pluck().get() as number | null) ?? 0;

  let largeTicketId: number | null = null;
  db.transaction(() => {
    for (let first = 1; first <= maxTicketId; first += TICKET_WINDOW) {
      let ticket = null as TicketContext | null;
      for (const row of eventsOf.all(first, first + TICKET_WINDOW - 1, ...RELEVANT_EVENTS) as EventRow[]) {
        if (ticket?.ticketId !== row.ticket_id) {
          if (ticket) addSessionMedias(ticket);
          ticket = {
            ticketId: row.ticket_id,
            enterpriseId: row.enterprise_id,
            agentId: row.agent_id,
            geo: null,
            sessionStart: null,
            pictures: 0,
          };
        }
        const data = parseData(row.data);
        if (row.event_name === 'geo.ansAllowed') ticket.geo = readGeo(data) ?? ticket.geo;
        else if (SESSION_EVENTS.has(row.event_name)) ticket.sessionStart ??= row.timestamp;
        else {
          const email = (data.agent as { email?: unknown } | undefined)?.email;
          const author =
            typeof email === 'string'
              ? userByEmail.get(`${row.enterprise_id}:${email.toLowerCase()}`)
              : undefined;
          const title =
            typeof data.title === 'string' && data.title ? data.title : `Photo ${ticket.pictures + 1}`;
          addPicture(ticket, row.timestamp, title, author ?? row.agent_id);
        }
      }
      if (ticket) addSessionMedias(ticket);
    }
    largeTicketId = topUpLargeTicket(db, options.largeTicketMedias ?? 320, { addPicture, insertEvent });
  })();
  return { medias: count, largeTicketId };
}

interface TopUpTools {
  addPicture: (ticket: TicketContext, created: number, title: string, userId: number | null) => void;
  insertEvent: BetterSqlite3.Statement;
}

/** When the video session of a ticket was open: from `session.established` to the first leave or end. */
function sessionWindow(db: Database, ticketId: number, fallbackEnd: number): { from: number; to: number } {
  const window = db
    .prepare(
      `SELECT MIN(CASE WHEN event_name = 'session.established' THEN timestamp END) AS opened,
         MIN(CASE WHEN event_name IN (${SESSION_END_EVENTS.map(() => '?').join(',')}) THEN timestamp END) AS closed
       FROM ticket_events WHERE ticket_id = ?`,
    )
    .get(...SESSION_END_EVENTS, ticketId) as { opened: number | null; closed: number | null };
  const from = window.opened ?? fallbackEnd;
  return { from, to: Math.max(from, window.closed ?? fallbackEnd) };
}

/**
 * The first enterprise's ticket with the most photos gets photos (and their events) up to `target`,
 * spread evenly inside its session so the timeline still reads in order.
 */
function topUpLargeTicket(db: Database, target: number, tools: TopUpTools): number | null {
  const row = db
    .prepare(
      `SELECT t.id, t.enterprise_id, t.agent_id, t.start_time, t.end_time, COUNT(*) AS medias
       FROM medias m JOIN tickets t ON t.id = m.ticket_id
       WHERE t.enterprise_id = (SELECT MIN(id) FROM enterprises) AND t.deleted_at IS NULL AND t.agent_id IS NOT NULL
         AND m.source = 'snapshot'
       GROUP BY t.id ORDER BY medias DESC, t.id LIMIT 1`,
    )
    .get() as
    | {
        id: number;
        enterprise_id: number;
        agent_id: number;
        start_time: number;
        end_time: number;
        medias: number;
      }
    | undefined;
  if (!row) return null;
  const ticket: TicketContext = {
    ticketId: row.id,
    enterpriseId: row.enterprise_id,
    agentId: row.agent_id,
    geo: { lat: 48.8566, lng: 2.3522 },
    sessionStart: row.start_time,
    pictures: row.medias,
  };
  const session = sessionWindow(db, row.id, row.end_time);
  const added = Math.max(0, target - row.medias);
  for (let i = 0; i < added; i += 1) {
    const created = Math.round(session.from + ((i + 1) / (added + 1)) * (session.to - session.from));
    const title = `Inspection photo ${row.medias + i + 1}`;
    tools.insertEvent.run(row.id, 'media.pictureTaken', created, 'agent', JSON.stringify({ title }));
    tools.addPicture(ticket, created, title, row.agent_id);
  }
  return row.id;
}
