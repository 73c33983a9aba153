import createDOMPurify from 'dompurify';
import { useMemo } from 'react';
import { createHtmlSanitizer } from '../../contract/htmlPolicy.ts';

/** The contract's HTML policy, on a DOMPurify instance of our own (its hooks stay out of other users). */
export const sanitizeHtml = createHtmlSanitizer(createDOMPurify(window));

type SafeHtmlProps = { html: string; className?: string };

/** Renders HTML from the API (a ticket description) after sanitizing it. */
export function SafeHtml({ html, className }: SafeHtmlProps) {
  const clean = useMemo(() => sanitizeHtml(html), [html]);
  return <div className={className} dangerouslySetInnerHTML={{ __html: clean }} />;
}
