import { API_BASE } from '../../contract/paths.ts';
import type { GatewayDeps } from './deps.ts';

/** `/api/v3` + a path of the contract's `apiPaths`. */
export function apiPath(path: string): string {
  return `${API_BASE}${path}`;
}

/** Upstream did not answer at all (refused, DNS, TLS, reset): the gateway's error handler makes it a 502. */
export class UpstreamUnreachableError extends Error {
  constructor(
    readonly upstream: string,
    readonly path: string,
    cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'UpstreamUnreachableError';
  }
}

export async function callUpstream(
  deps: GatewayDeps,
  pathAndQuery: string,
  init: RequestInit,
): Promise<Response> {
  try {
    return await deps.upstream.fetch(pathAndQuery, init);
  } catch (error) {
    // Only the path: a query string may hold search terms, and headers hold the token.
    throw new UpstreamUnreachableError(deps.upstream.name, pathAndQuery.split('?')[0] ?? '', error);
  }
}
