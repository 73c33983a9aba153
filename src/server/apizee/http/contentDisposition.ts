/**
 * `Content-Disposition` with a plain ASCII `filename` for old clients and the exact UTF-8 name in
 * `filename*` (RFC 6266 / RFC 5987).
 */
export function contentDisposition(type: 'inline' | 'attachment', filename: string): string {
  const ascii = filename
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

const MAX_FILENAME_LENGTH = 150;

/**
 * A name safe to offer as a file name or a zip entry: no path separators (so no `../` escape), no
 * control characters, none of the characters Windows forbids, no leading/trailing dots or spaces.
 * Returns `fallback` when nothing is left.
 */
export function cleanFilename(name: string, fallback: string): string {
  const cleaned = name
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
    .replace(/[/\\:*?"<>|]/g, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  const short = Array.from(cleaned).slice(0, MAX_FILENAME_LENGTH).join('').trim();
  return short === '' || /^_+$/.test(short) ? fallback : short;
}
