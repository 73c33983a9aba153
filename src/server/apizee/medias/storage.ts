import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The committed sample medias and thumbnails (made by scripts/make-sample-medias.sh). */
export const SAMPLE_ASSETS_DIR = fileURLToPath(new URL('../../../../assets/medias/', import.meta.url));

/** Served for a video or audio media that has no poster frame. */
export const PLACEHOLDER_THUMBNAIL = path.join(SAMPLE_ASSETS_DIR, 'placeholder.thumb.jpg');

/** Where the samples live inside a data folder, relative to it (as media rows store paths). */
export const SAMPLES_DIR = 'medias/samples';

/** A stored media path is relative to the data folder, or absolute. */
export function resolveMediaPath(dataDir: string, storedPath: string): string {
  return path.resolve(dataDir, storedPath);
}

/**
 * Copies the committed sample files into `<dataDir>/medias/samples/` once (a file already there with
 * the same size is kept), so every seeded media row can point at one shared copy inside the data
 * folder. Returns the names of the sample files.
 */
export function installSampleFiles(dataDir: string): string[] {
  const target = path.join(dataDir, SAMPLES_DIR);
  fs.mkdirSync(target, { recursive: true });
  const names = fs.readdirSync(SAMPLE_ASSETS_DIR).filter((name) => !name.startsWith('.'));
  for (const name of names) {
    const from = path.join(SAMPLE_ASSETS_DIR, name);
    const to = path.join(target, name);
    const existing = fs.statSync(to, { throwIfNoEntry: false });
    if (!existing || existing.size !== fs.statSync(from).size) fs.copyFileSync(from, to);
  }
  return names;
}
