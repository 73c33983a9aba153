/**
 * Which of our extensions ([ext] in API.md) the upstream answers, for the `extensions` field of
 * `/auth/session` and `/auth/login`, so the SPA can do without the missing ones.
 *
 * In-process, the embedded API's setting is known (Upstream.extensions): no call. A remote upstream is
 * asked `GET /api/v3/extensions` once per process, lazily, with the first signed-in user's token
 * (every upstream call spends that user's budget of 10 a minute), and the answer is kept. A 404 (a real
 * Apizee has no such path) or any other definite answer means none. Only a failure that says nothing
 * about the server (no answer at all, 401 for that token, 429, 5xx) answers none without being kept,
 * so the next session asks again.
 */
import { EXTENSIONS, EXTENSIONS_PATH, type Extension } from '../../contract/extensions.ts';
import type { Logger } from '../runtime/log.ts';
import type { Upstream } from './upstream.ts';
import { apiPath } from './upstreamCall.ts';

export interface UpstreamExtensions {
  /** The names the upstream supports; `token` pays for the one probe of a remote upstream. */
  forToken(token: string): Promise<Extension[]>;
}

/** Only names we know: an upstream may list others, which mean nothing to the SPA. */
function knownNames(body: unknown): Extension[] | null {
  if (!body || typeof body !== 'object' || !('extensions' in body)) return null;
  const names = body.extensions;
  if (!Array.isArray(names)) return null;
  return EXTENSIONS.filter((name) => names.includes(name));
}

function isTransient(status: number): boolean {
  return status === 401 || status === 429 || status >= 500;
}

export function createUpstreamExtensions(
  upstream: Upstream,
  logger: Logger,
  timeoutMs: number,
): UpstreamExtensions {
  const known = upstream.extensions;
  if (known) {
    const names = [...known];
    return { forToken: () => Promise.resolve(names) };
  }
  let answer: Promise<Extension[]> | undefined;

  const probe = async (token: string): Promise<{ names: Extension[]; keep: boolean }> => {
    let response: Response;
    try {
      response = await upstream.fetch(apiPath(EXTENSIONS_PATH), {
        headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
        // A sign-in waits for this answer: it must not hang on an upstream that never gives it.
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      logger.warn('extensions probe failed', {
        upstream: upstream.name,
        error: error instanceof Error ? error.message : String(error),
      });
      return { names: [], keep: false };
    }
    const body: unknown = await response.json().catch(() => null);
    if (response.ok) {
      const names = knownNames(body);
      if (names) {
        logger.info('upstream extensions', { upstream: upstream.name, extensions: names });
        return { names, keep: true };
      }
    }
    const keep = !isTransient(response.status);
    if (keep) logger.info('upstream has no extensions', { upstream: upstream.name, status: response.status });
    return { names: [], keep };
  };

  return {
    forToken(token) {
      if (!answer) {
        // Concurrent first sessions share the one call.
        const pending = probe(token).then(({ names, keep }) => {
          if (!keep) answer = undefined;
          return names;
        });
        answer = pending;
      }
      return answer;
    },
  };
}
