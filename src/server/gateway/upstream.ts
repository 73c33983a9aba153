/**
 * Where the Apizee API lives: in this process (the embedded API's `app.fetch`, no network hop) or at a
 * URL (e.g. https://cloud.apizee.com). Both take a path starting with `/api/v3` and give a Response
 * whose body streams.
 */
import type { Extension } from '../../contract/extensions.ts';

export type Upstream = {
  /** A description for logs, never containing credentials. */
  readonly name: string;
  /** The extensions it answers, when known without asking (the embedded API in this process). */
  readonly extensions?: readonly Extension[];
  fetch(pathAndQuery: string, init: RequestInit): Promise<Response>;
};

type FetchHandler = (request: Request) => Response | Promise<Response>;

// The embedded app only routes by path; the host is never resolved.
const EMBEDDED_ORIGIN = 'http://apizee.embedded';

export function embeddedUpstream(handler: FetchHandler, extensions?: readonly Extension[]): Upstream {
  return {
    name: 'embedded',
    ...(extensions && { extensions }),
    fetch: async (pathAndQuery, init) => handler(new Request(`${EMBEDDED_ORIGIN}${pathAndQuery}`, init)),
  };
}

/** Headers that describe an encoding fetch() has already undone, so they no longer match the body. */
const DECODED_BODY_HEADERS = ['content-encoding', 'content-length'];

export function remoteUpstream(baseUrl: string): Upstream {
  const base = new URL(baseUrl);
  const prefix = base.pathname.replace(/\/+$/, '');
  return {
    name: base.origin,
    async fetch(pathAndQuery, init) {
      const response = await fetch(`${base.origin}${prefix}${pathAndQuery}`, { ...init, redirect: 'manual' });
      if (!response.headers.has('content-encoding')) return response;
      const headers = new Headers(response.headers);
      for (const name of DECODED_BODY_HEADERS) headers.delete(name);
      return new Response(response.body, {
        status: response.status,
        statusText: response.statusText,
        headers,
      });
    },
  };
}
