import type { Config, DOMPurify } from 'dompurify';

/**
 * The one HTML policy for ticket descriptions, applied by the embedded API when it stores them and by
 * the browser before it shows them (an upstream may store anything). Basic formatting and links stay;
 * scripts, event handlers and `javascript:` URLs go (DOMPurify's HTML profile); forms and inline styles
 * go too because a description has no use for them. Links open in a new tab without an opener.
 */
export const HTML_POLICY = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select'],
  FORBID_ATTR: ['style'],
} satisfies Config;

/** Applies the policy to a DOMPurify instance of the caller's own (hooks are per instance). */
export function createHtmlSanitizer(purifier: DOMPurify): (html: string) => string {
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'A' && node.hasAttribute('href')) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
  });
  return (html) => purifier.sanitize(html, HTML_POLICY);
}
