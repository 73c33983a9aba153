/** The photos of a ticket as small images for the PDF: their thumbnails, read from the data folder. */
import fs from 'node:fs';
import type { Database } from '../db/database.ts';
import { listTicketMediaRows } from '../medias/repository.ts';
import { resolveMediaPath } from '../medias/storage.ts';

/** A grid row's worth, twice: more would not fit on the page beside the rest. */
export const MAX_PDF_PHOTOS = 12;
/** A thumbnail is small; a bigger file is not read into memory for a preview. */
const MAX_PHOTO_BYTES = 2 * 1024 * 1024;

export type PdfPhoto = { title: string; image: Buffer };

/** JPEG or PNG (what the PDF can draw), told by the file's first bytes. */
function isDrawable(image: Buffer): boolean {
  const jpeg = image[0] === 0xff && image[1] === 0xd8;
  const png = image.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return jpeg || png;
}

function readSmall(file: string): Buffer | null {
  try {
    const stat = fs.statSync(file);
    return stat.isFile() && stat.size <= MAX_PHOTO_BYTES ? fs.readFileSync(file) : null;
  } catch {
    return null;
  }
}

/** The completed images of the ticket, oldest first, as thumbnails (or the image itself when small). */
export function loadPdfPhotos(db: Database, dataDir: string, ticketId: number): PdfPhoto[] {
  const photos: PdfPhoto[] = [];
  for (const row of listTicketMediaRows(db, ticketId)) {
    if (photos.length >= MAX_PDF_PHOTOS) break;
    if (row.media_type !== 'image' || row.status !== 'completed') continue;
    const stored = row.thumbnail_path ?? row.file_path;
    const image = stored ? readSmall(resolveMediaPath(dataDir, stored)) : null;
    if (image && isDrawable(image)) photos.push({ title: row.title, image });
  }
  return photos;
}
