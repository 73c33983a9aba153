import fs from 'node:fs';
import path from 'node:path';
import type { MediaSource, MediaStatus } from '../../../contract/enums.ts';
import type { Database } from '../db/database.ts';
import { listUserEmails } from '../directory/repository.ts';
import { parseEventData } from '../events/events.ts';
import { appendEvent, firstEventTimes, listEventsOfTicketRange } from '../events/repository.ts';
import { insertMedia, ticketWithMostSnapshots } from '../medias/repository.ts';
import { maxTicketId } from '../tickets/repository.ts';
import { createRandom, type Random } from './random.ts';
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
    listUserEmails(db).map((u) => [`${u.enterprise_id}:${u.email}`, u.id] as const),
  );

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
    insertMedia(db, {
      ticket_id: ticket.ticketId,
      title: fields.title,
      description: random.pick(DESCRIPTIONS),
      media_type: sample.mediaType,
      source: fields.source,
      status: fields.status,
      mime_type: sample.mimeType,
      size: stored ? (sizes.get(sample.file) ?? 0) : 0,
      width: sample.width,
      height: sample.height,
      duration: sample.duration,
      latitude: sample.mediaType === 'image' ? (ticket.geo?.lat ?? null) : null,
      longitude: sample.mediaType === 'image' ? (ticket.geo?.lng ?? null) : null,
      tags: tagsFor(random),
      user_id: fields.userId,
      created: fields.created,
      file_path: stored ? samplePath(sample.file) : null,
      thumbnail_path: stored && sample.thumbnail ? samplePath(sample.thumbnail) : null,
    });
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
  const lastTicketId = maxTicketId(db);

  let largeTicketId: number | null = null;
  db.transaction(() => {
    for (let first = 1; first <= lastTicketId; first += TICKET_WINDOW) {
      let ticket = null as TicketContext | null;
      for (const row of listEventsOfTicketRange(db, first, first + TICKET_WINDOW - 1, RELEVANT_EVENTS)) {
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
        const data = parseEventData(row.data);
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
    largeTicketId = topUpLargeTicket(db, options.largeTicketMedias ?? 320, addPicture);
  })();
  return { medias: count, largeTicketId };
}

type AddPicture = (ticket: TicketContext, created: number, title: string, userId: number | null) => void;

/** When the video session of a ticket was open: from `session.established` to the first leave or end. */
function sessionWindow(db: Database, ticketId: number, fallbackEnd: number): { from: number; to: number } {
  const window = firstEventTimes(db, ticketId, 'session.established', SESSION_END_EVENTS);
  const from = window.opened ?? fallbackEnd;
  return { from, to: Math.max(from, window.closed ?? fallbackEnd) };
}

/**
 * The first enterprise's ticket with the most photos gets photos (and their events) up to `target`,
 * spread evenly inside its session so the timeline still reads in order.
 */
function topUpLargeTicket(db: Database, target: number, addPicture: AddPicture): number | null {
  const row = ticketWithMostSnapshots(db);
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
    appendEvent(db, row.id, 'media.pictureTaken', 'agent', created, { title });
    addPicture(ticket, created, title, row.agent_id);
  }
  return row.id;
}
