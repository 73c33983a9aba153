import bcrypt from 'bcryptjs';
import { Hono, type Context } from 'hono';
import { formatApiDate } from '../../../contract/params.ts';
import { apiPaths } from '../../../contract/paths.ts';
import { JWT_BEARER_GRANT, tokenParamsSchema } from '../../../contract/requests.ts';
import { createRateLimiter, type RateLimitDecision } from './rateLimit.ts';
import { findCredentials } from './repository.ts';
import type { TokenStore } from './tokens.ts';
import type { ApizeeDeps, ApizeeEnv } from '../context.ts';
import { ApiError } from '../http/errors.ts';
import { readParams } from '../http/params.ts';

export interface TokenRateLimits {
  /** Token requests per username per window (Apizee documents 10 per minute). */
  perUsername: number;
  /** Token requests per client address per window. */
  perClient: number;
  windowMs: number;
}

export const DEFAULT_TOKEN_RATE_LIMITS: TokenRateLimits = {
  perUsername: 10,
  perClient: 100,
  windowMs: 60_000,
};

/** Compared against when the username is unknown, so both cases take the same time. */
let dummyHash: string | undefined;

/** `x-forwarded-for` names the client only when a proxy sets it; otherwise every caller shares one key. */
function clientKey(c: Context): string {
  return c.req.header('x-forwarded-for')?.split(',')[0]?.trim() || 'direct';
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

/** `POST /token` (rate limited, no bearer token needed) and `POST /token/revoke`, below the API base. */
export function tokenRoutes(
  deps: ApizeeDeps,
  tokens: TokenStore,
  limits: TokenRateLimits = DEFAULT_TOKEN_RATE_LIMITS,
): Hono<ApizeeEnv> {
  const app = new Hono<ApizeeEnv>();
  const perUsername = createRateLimiter(limits.perUsername, limits.windowMs, deps.now);
  const perClient = createRateLimiter(limits.perClient, limits.windowMs, deps.now);

  app.post(apiPaths.token, async (c) => {
    const decisions = [perClient.hit(clientKey(c))];
    const params = await readParams(c, tokenParamsSchema);
    if (params.username) decisions.push(perUsername.hit(params.username.toLowerCase()));
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
    const valid = await bcrypt.compare(params.password ?? '', user?.password_hash ?? dummyHash);
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
