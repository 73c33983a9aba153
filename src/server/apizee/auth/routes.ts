import type { HttpBindings } from '@hono/node-server';
import bcrypt from 'bcryptjs';
import { Hono, type Context } from 'hono';
import { formatApiDate } from '../../../contract/params.ts';
import { apiPaths } from '../../../contract/paths.ts';
import { JWT_BEARER_GRANT, tokenParamsSchema } from '../../../contract/requests.ts';
import { clientAddress } from '../../runtime/clientAddress.ts';
import { createRateLimiter, type RateLimitDecision } from './rateLimit.ts';
import { createSemaphore, SemaphoreFullError, type Semaphore } from './semaphore.ts';
import { findCredentials } from './repository.ts';
import type { TokenStore } from './tokens.ts';
import type { ApizeeDeps, ApizeeEnv } from '../context.ts';
import { ApiError } from '../http/errors.ts';
import { readParams } from '../http/params.ts';

export interface TokenRateLimits {
  /** Token requests per client address per window. */
  perClient: number;
  /**
   * Per account *from one client address*: Apizee's documented 10 per minute. Keyed by the pair, so an
   * attacker's wrong passwords use up their own budget, not the real user's.
   */
  perAccountAndClient: number;
  /** Per account from all addresses together: looser, against guessing spread over many addresses. */
  perAccount: number;
  windowMs: number;
  /** Password checks (bcrypt) at a time, and waiting beyond those; past both, a 503 at once. */
  bcryptConcurrency: number;
  bcryptQueue: number;
  /**
   * TRUST_PROXY: the peers whose `X-Forwarded-For` names the client. A caller in this process (the
   * gateway of `npm start`) is always trusted.
   */
  trustedProxies: readonly string[];
}

export const DEFAULT_TOKEN_RATE_LIMITS: TokenRateLimits = {
  perClient: 100,
  perAccountAndClient: 10,
  perAccount: 50,
  windowMs: 60_000,
  bcryptConcurrency: 2,
  bcryptQueue: 20,
  trustedProxies: [],
};

/** Compared against when the username is unknown, so both cases take the same time. */
let dummyHash: string | undefined;

function clientKey(c: Context, trusted: ReadonlySet<string>): string {
  const peer = (c.env as Partial<HttpBindings> | undefined)?.incoming?.socket?.remoteAddress;
  return clientAddress(peer, c.req.header('x-forwarded-for'), trusted) ?? 'direct';
}

/** The decision to report: a blocking one (the longest wait) if any, else the one with least room left. */
function mostRestrictive(decisions: RateLimitDecision[]): RateLimitDecision {
  const blocked = decisions.filter((d) => !d.allowed).sort((a, b) => b.resetSeconds - a.resetSeconds);
  return blocked[0] ?? [...decisions].sort((a, b) => a.remaining - b.remaining)[0]!;
}

function setRateLimitHeaders(c: Context, decision: RateLimitDecision): void {
  c.header('X-RateLimit-Limit', String(decision.limit));
  c.header('X-RateLimit-Remaining', String(decision.remaining));
  c.header('X-RateLimit-Reset', String(decision.resetSeconds));
}

/** bcrypt, a few at a time: a flood of sign-ins must not starve everyone else's requests of CPU. */
async function checkPassword(
  c: Context,
  semaphore: Semaphore,
  password: string,
  hash: string,
): Promise<boolean> {
  try {
    return await semaphore.run(() => bcrypt.compare(password, hash));
  } catch (error) {
    if (!(error instanceof SemaphoreFullError)) throw error;
    c.header('Retry-After', '1');
    throw new ApiError(503, 'Too many sign-ins at once, retry in a moment');
  }
}

/** `POST /token` (rate limited, no bearer token needed) and `POST /token/revoke`, below the API base. */
export function tokenRoutes(
  deps: ApizeeDeps,
  tokens: TokenStore,
  limits: TokenRateLimits = DEFAULT_TOKEN_RATE_LIMITS,
): Hono<ApizeeEnv> {
  const app = new Hono<ApizeeEnv>();
  const perClient = createRateLimiter(limits.perClient, limits.windowMs, deps.now);
  const perPair = createRateLimiter(limits.perAccountAndClient, limits.windowMs, deps.now);
  const perAccount = createRateLimiter(limits.perAccount, limits.windowMs, deps.now);
  const passwordChecks = createSemaphore(limits.bcryptConcurrency, limits.bcryptQueue);
  const trusted = new Set(limits.trustedProxies);

  app.post(apiPaths.token, async (c) => {
    const client = clientKey(c, trusted);
    const decisions = [perClient.hit(client)];
    const params = await readParams(c, tokenParamsSchema);
    const account = params.username?.toLowerCase();
    // A request refused by one limit is not counted by the next: an attacker's refused attempts on
    // the pair never reach the account's budget, which the real user shares.
    if (account && decisions[0]!.allowed) {
      decisions.push(perPair.hit(`${account}\n${client}`));
      if (decisions[1]!.allowed) decisions.push(perAccount.hit(account));
    }
    const decision = mostRestrictive(decisions);
    setRateLimitHeaders(c, decision);
    if (!decision.allowed) {
      c.header('Retry-After', String(decision.resetSeconds));
      return c.json({ error: `Too many token requests; retry in ${decision.resetSeconds} seconds` }, 429);
    }

    if (params.grant_type === JWT_BEARER_GRANT) {
      throw ApiError.invalidParam(
        'grant_type',
        'the embedded server does not support the jwt-bearer grant; use grant_type=password',
      );
    }
    const missing: Record<string, string[]> = {};
    if (!params.username) missing.username = ['is required'];
    if (!params.password) missing.password = ['is required'];
    if (Object.keys(missing).length > 0)
      throw ApiError.badRequest('username and password are required', missing);

    const user = findCredentials(deps.db, params.username!);
    dummyHash ??= bcrypt.hashSync('not-a-password', 10);
    const valid = await checkPassword(
      c,
      passwordChecks,
      params.password ?? '',
      user?.password_hash ?? dummyHash,
    );
    if (!user || !valid) throw ApiError.unauthorized('Invalid username or password');

    const issued = tokens.issue(user.id);
    return c.json({
      access_token: issued.accessToken,
      created_at: formatApiDate(issued.createdAt),
      expires_in: issued.expiresIn,
    });
  });

  app.post(apiPaths.revoke, (c) => {
    tokens.revoke(c.get('tokenId'));
    return c.json({ message: 'Token revoked' });
  });
  return app;
}
