import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { createHtmlSanitizer } from '../../../contract/htmlPolicy.ts';

let sanitize: ((html: string) => string) | undefined;

/** Ticket descriptions as stored: the contract's HTML policy (the browser applies the same one). */
export function sanitizeHtml(html: string): string {
  sanitize ??= createHtmlSanitizer(
    createDOMPurify(new JSDOM('').window as Parameters<typeof createDOMPurify>[0]),
  );
  return sanitize(html);
}
