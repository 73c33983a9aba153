/** Test fixtures: tickets and medias with known fields and files, inserted straight into the database. */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { MediaSource, MediaStatus, MediaType } from '../../../contract/enums.ts';
import type { Harness } from './harness.ts';

export const FIXTURE_DAY = Date.UTC(2026, 5, 1);

/** A ticket of `agent`'s enterprise, assigned to `agent` (or nobody) in the named group. */
export function insertTicket(
  h: Harness,
  options: { agent: string | null; group: string | null; enterpriseOf: string },
): number {
  const enterpriseId = h.enterpriseId(options.enterpriseOf);
  const groupId = options.group
    ? (h.db
        .prepare('SELECT id FROM user_groups WHERE name = ? AND enterprise_id = ?')
        .pluck()
        .get(options.group, enterpriseId) as number)
    : null;
  const agentId = options.agent ? h.userId(options.agent) : null;
  const result = h.db
    .prepare(
      `INSERT INTO tickets (enterprise_id, state, type, subject, reference, agent_id, group_id, start_time, end_time, duration, created, modified)
       VALUES (?, 'done', 'assistance', 'Fixture ticket', 'FIX-1', ?, ?, ?, ?, 30, ?, ?)`,
    )
    .run(enterpriseId, agentId, groupId, FIXTURE_DAY, FIXTURE_DAY + 1_800_000, FIXTURE_DAY, FIXTURE_DAY);
  return Number(result.lastInsertRowid);
}

export interface MediaFixture {
  title?: string;
  description?: string;
  media_type?: MediaType;
  source?: MediaSource;
  status?: MediaStatus;
  mime_type?: string;
  tags?: string[];
  user?: string | null;
  /** Minutes after FIXTURE_DAY. */
  minute?: number;
  /** The file's content; a media without bytes has no file. */
  bytes?: Buffer | null;
  extension?: string;
  thumbnail?: Buffer | null;
}

export interface InsertedMedia {
  id: number;
  filePath: string | null;
  thumbnailPath: string | null;
}

let fileCounter = 0;

function writeFile(h: Harness, bytes: Buffer, extension: string): { stored: string; absolute: string } {
  fileCounter += 1;
  const stored = `medias/fixtures/${fileCounter}${extension}`;
  const absolute = path.join(h.dataDir, stored);
  fs.mkdirSync(path.dirname(absolute), { recursive: true });
  fs.writeFileSync(absolute, bytes);
  return { stored, absolute };
}

export function insertMedia(h: Harness, ticketId: number, fixture: MediaFixture = {}): InsertedMedia {
  const mediaType = fixture.media_type ?? 'image';
  const extension = fixture.extension ?? (mediaType === 'video' ? '.mp4' : '.jpg');
  const bytes = fixture.bytes === undefined ? crypto.randomBytes(2048) : fixture.bytes;
  const file = bytes ? writeFile(h, bytes, extension) : null;
  const thumbnail = fixture.thumbnail ? writeFile(h, fixture.thumbnail, '.thumb.jpg') : null;
  const result = h.db
    .prepare(
      `INSERT INTO medias (ticket_id, title, description, media_type, source, status, mime_type, size, tags, user_id, created,
         file_path, thumbnail_path)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      ticketId,
      fixture.title ?? 'photo',
      fixture.description ?? '',
      mediaType,
      fixture.source ?? (mediaType === 'video' ? 'recording' : 'snapshot'),
      fixture.status ?? 'completed',
      fixture.mime_type ?? (mediaType === 'video' ? 'video/mp4' : 'image/jpeg'),
      bytes?.length ?? 0,
      JSON.stringify(fixture.tags ?? []),
      fixture.user === undefined || fixture.user === null ? null : h.userId(fixture.user),
      FIXTURE_DAY + (fixture.minute ?? 0) * 60_000,
      file?.stored ?? null,
      thumbnail?.stored ?? null,
    );
  return {
    id: Number(result.lastInsertRowid),
    filePath: file?.absolute ?? null,
    thumbnailPath: thumbnail?.absolute ?? null,
  };
}
