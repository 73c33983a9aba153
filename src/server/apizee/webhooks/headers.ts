/**
 * `APIZEE_WEBHOOK_HEADERS`: the extra headers of every webhook (Apizee lets a company add custom
 * headers, e.g. a shared secret). Two spellings: a JSON object `{"X-Webhook-Secret": "abc"}`, or
 * `Name: value; Name2: value2` (use JSON when a value holds a `;`). Error messages name headers, never
 * their values, since a value is usually a secret.
 */

/** RFC 9110 token characters. */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** Visible ASCII and Latin-1, spaces and tabs: no CR, LF or NUL. */
const HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;
/** Headers the sender sets itself. */
const RESERVED = new Set([
  'content-type',
  'content-length',
  'user-agent',
  'host',
  'transfer-encoding',
  'connection',
]);

function entries(text: string): [string, unknown][] {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch {
      throw new Error('is not valid JSON (expected {"Name": "value"} or Name: value; Name2: value2)');
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
      throw new Error('must be a JSON object of header names to values');
    }
    return Object.entries(parsed);
  }
  return trimmed
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part, index) => {
      const colon = part.indexOf(':');
      if (colon < 1) throw new Error(`entry ${index + 1} is not of the form "Name: value"`);
      return [part.slice(0, colon).trim(), part.slice(colon + 1).trim()];
    });
}

/** The headers, or an Error whose message says what is wrong (without any value). */
export function parseWebhookHeaders(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  const seen = new Set<string>();
  for (const [name, value] of entries(text)) {
    if (!HEADER_NAME.test(name)) throw new Error(`"${name.slice(0, 40)}" is not a valid header name`);
    const lower = name.toLowerCase();
    if (RESERVED.has(lower)) throw new Error(`${name} is set by the sender and cannot be configured`);
    if (seen.has(lower)) throw new Error(`${name} is given twice`);
    if (typeof value !== 'string') throw new Error(`the value of ${name} must be a string`);
    if (!HEADER_VALUE.test(value)) throw new Error(`the value of ${name} holds a forbidden character`);
    seen.add(lower);
    headers[name] = value;
  }
  return headers;
}
