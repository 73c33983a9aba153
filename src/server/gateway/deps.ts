import type { Logger } from '../runtime/log.ts';
import type { SessionSealer } from './sessionCookie.ts';
import type { Upstream } from './upstream.ts';

/** What the gateway's routes need, injected so tests can use a fake upstream or clock. */
export type GatewayDeps = {
  upstream: Upstream;
  sealer: SessionSealer;
  logger: Logger;
  now: () => number;
};
