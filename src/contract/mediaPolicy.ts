/**
 * How a media file may reach a browser on the dashboard's origin, applied by the embedded API when it
 * serves one and by the gateway to whatever its upstream serves. A media is an upload of a guest: only
 * types a browser shows without running anything are served as themselves (inline); anything else
 * (HTML, scripts, SVG, unknown) goes out as an `application/octet-stream` attachment, which no browser
 * renders and, with `nosniff`, none runs as a script either.
 */

const INLINE_MEDIA_TYPES = new Set([
  'image/jpeg',
  'image/png',
  'image/gif',
  'image/webp',
  'image/avif',
  'image/bmp',
  'video/mp4',
  'video/webm',
  'video/ogg',
  'video/quicktime',
  'audio/mpeg',
  'audio/mp4',
  'audio/ogg',
  'audio/webm',
  'audio/wav',
  'audio/aac',
  'audio/flac',
  'application/pdf',
]);

export const DOWNLOAD_ONLY_TYPE = 'application/octet-stream';

/** On every media response: a media opened in a tab runs nothing, in an origin of its own. */
export const MEDIA_CONTENT_SECURITY_POLICY = "sandbox; default-src 'none'";

/** The type to serve a media inline as (its essence, without parameters), or null: download only. */
export function inlineMediaType(contentType: string | null | undefined): string | null {
  const essence = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return INLINE_MEDIA_TYPES.has(essence) ? essence : null;
}
