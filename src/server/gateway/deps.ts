import type { Logger } from '../runtime/log.ts';
import type { SessionSealer } from './sessionCookie.ts';
import type { SessionRevocations } from './sessionRevocations.ts';
import type { GatewayStore } from './store/gatewayStore.ts';
import type { Upstream } from './upstream.ts';
import type { UpstreamExtensions } from './upstreamExtensions.ts';

/** What the gateway's routes need, injected so tests can use a fake upstream or clock. */
export type GatewayDeps = {
  upstream: Upstream;
  sealer: SessionSealer;
  logger: Logger;
  now: () => number;
  /** What the upstream answers of our extensions (told to the SPA with the session). */
  extensions: UpstreamExtensions;
  /** How long upstream may take to answer, and between two chunks of a body (UPSTREAM_TIMEOUT_MS). */
  upstreamTimeoutMs: number;
  /** TRUST_PROXY: the peers whose X-Forwarded-For names the browser. */
  trustedProxies: ReadonlySet<string>;
  /** SESSION_IDLE_MINUTES in milliseconds: a session not used for this long is refused. */
  sessionIdleMs: number;
  /** Sessions signed out at the gateway (in the store, shared by replicas); absent without a store. */
  revocations?: SessionRevocations;
  /** The ticket store, budget and sync; absent, the gateway only forwards (unit tests of forwarding). */
  store?: GatewayStore;
};
