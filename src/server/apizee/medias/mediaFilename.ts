import path from 'node:path';
import { cleanFilename } from '../http/contentDisposition.ts';

const EXTENSION_BY_MIME: Record<string, string> = {
  'image/jpeg': '.jpg',
  'image/png': '.png',
  'image/webp': '.webp',
  'video/mp4': '.mp4',
  'video/webm': '.webm',
  'audio/mp4': '.m4a',
  'audio/mpeg': '.mp3',
  'audio/webm': '.weba',
  'application/pdf': '.pdf',
};

/** The extension a media's file should carry: the stored file's own, else one from its MIME type. */
export function mediaExtension(filePath: string | null, mimeType: string): string {
  const fromFile = filePath ? path.extname(filePath).toLowerCase() : '';
  return fromFile || EXTENSION_BY_MIME[mimeType] || '';
}

/** `title` made safe as a file name, with the media's extension unless the title already ends so. */
export function mediaFilename(title: string, extension: string, fallback: string): string {
  const name = cleanFilename(title, fallback);
  return extension && !name.toLowerCase().endsWith(extension) ? `${name}${extension}` : name;
}

/**
 * Gives each file a distinct name within one folder of a zip, the way file managers do:
 * `photo.jpg`, `photo (2).jpg`, `photo (3).jpg`. Names compare case-insensitively, since the zip may
 * be extracted on a case-insensitive file system.
 */
export function createUniqueNamer(): (name: string) => string {
  const taken = new Set<string>();
  return (name) => {
    const extension = path.extname(name);
    const base = name.slice(0, name.length - extension.length);
    let candidate = name;
    for (let n = 2; taken.has(candidate.toLowerCase()); n += 1) candidate = `${base} (${n})${extension}`;
    taken.add(candidate.toLowerCase());
    return candidate;
  };
}
