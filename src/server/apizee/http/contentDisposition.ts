/**
 * C0 and C1 controls, DEL, and the bidirectional controls (U+061C, U+200E/F, U+202A–U+202E,
 * U+2066–U+2069): in a file name they hide its real end (`invoice\u202Efdp.exe` shows as
 * `invoiceexe.pdf`), so no name we offer keeps them.
 */
const HIDDEN_IN_NAMES = /[\p{Cc}\p{Bidi_Control}]/gu;

/** `name` without the characters of `HIDDEN_IN_NAMES`. */
export function withoutHiddenCharacters(name: string): string {
  return name.replace(HIDDEN_IN_NAMES, '');
}

/**
 * `Content-Disposition` with a plain ASCII `filename` for old clients and the exact UTF-8 name in
 * `filename*` (RFC 6266 / RFC 5987), both without controls of any kind.
 */
export function contentDisposition(type: 'inline' | 'attachment', name: string): string {
  const filename = withoutHiddenCharacters(name);
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
 * control or bidirectional characters, none of the characters Windows forbids, no leading/trailing
 * dots or spaces. Returns `fallback` when nothing is left.
 */
export function cleanFilename(name: string, fallback: string): string {
  const cleaned = withoutHiddenCharacters(name.normalize('NFC'))
    .replace(/[/\\:*?"<>|]/g, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  const short = Array.from(cleaned).slice(0, MAX_FILENAME_LENGTH).join('').trim();
  return short === '' || /^_+$/.test(short) ? fallback : short;
}
