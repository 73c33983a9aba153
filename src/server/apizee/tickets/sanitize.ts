import createDOMPurify, { type DOMPurify } from 'dompurify';
import { JSDOM } from 'jsdom';

let purifier: DOMPurify | undefined;

/** Ticket descriptions keep basic formatting; scripts, handlers and unknown markup are removed. */
export function sanitizeHtml(html: string): string {
  purifier ??= createDOMPurify(new JSDOM('').window as Parameters<typeof createDOMPurify>[0]);
  return purifier.sanitize(html, { USE_PROFILES: { html: true } });
}
