import createDOMPurify from 'dompurify';
import { useMemo } from 'react';

/**
 * A DOMPurify instance of our own (hooks are per instance), so the link rule below does not leak into
 * other users of the library. Scripts, event handlers and `javascript:` URLs are removed by DOMPurify's
 * defaults; forms and inline styles are dropped too because a description has no use for them.
 */
const purifier = createDOMPurify(window);

purifier.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName === 'A' && node.hasAttribute('href')) {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
});

export function sanitizeHtml(html: string): string {
  return purifier.sanitize(html, {
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select'],
    FORBID_ATTR: ['style'],
  });
}

type SafeHtmlProps = { html: string; className?: string };

/** Renders HTML from the API (a ticket description) after sanitizing it. */
export function SafeHtml({ html, className }: SafeHtmlProps) {
  const clean = useMemo(() => sanitizeHtml(html), [html]);
  return <div className={className} dangerouslySetInnerHTML={{ __html: clean }} />;
}
