/**
 * The process environment, read once through a schema that fails loudly with every bad variable named
 * (shared by the gateway entry point and the standalone embedded API).
 */
import { isIP } from 'node:net';
import { z } from 'zod';
import { parseWebhookHeaders } from '../apizee/webhooks/headers.ts';
import { parseTrustedProxies } from './clientAddress.ts';
import type { LogLevel } from './log.ts';

const EMBEDDED = 'embedded';

const port = (fallback: number) => z.coerce.number().int().min(0).max(65_535).default(fallback);

const flag = z.stringbool({
  truthy: ['1', 'true'],
  falsy: ['0', 'false'],
  error: 'must be 0, 1, true or false',
});

const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

const trustedProxies = z.string().transform((text, ctx) => {
  try {
    return parseTrustedProxies(text);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: (error as Error).message });
    return z.NEVER;
  }
});

/** Parsed at start; the message names what is wrong, never a value (a value is usually a secret). */
const webhookHeaders = z.string().transform((text, ctx) => {
  try {
    return parseWebhookHeaders(text);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: (error as Error).message });
    return z.NEVER;
  }
});

/** A host name (RFC 1123 labels) or an IP address to listen on. */
const listenHost = z
  .string()
  .trim()
  .refine(
    (host) =>
      isIP(host) !== 0 ||
      (host.length <= 253 && /^(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))*$/i.test(host)),
    'must be an IP address (e.g. 127.0.0.1, 0.0.0.0, ::) or a host name',
  );

const serverEnvSchema = z.object({
  /**
   * The interface both servers (`npm start`, `npm run apizee`) listen on: this machine only by
   * default; `0.0.0.0` (or `::`) in production, behind the proxy, to accept other machines.
   */
  HOST: listenHost.default('127.0.0.1'),
  PORT: port(8080),
  APIZEE_PORT: port(8081),
  DATA_DIR: z.string().min(1).default('./data'),
  DIST_DIR: z.string().min(1).default('./dist'),
  APIZEE_URL: z
    .union([
      z.literal(EMBEDDED),
      z.url({ protocol: /^https?$/, error: 'must be "embedded" or an http(s) URL' }),
    ])
    .default(EMBEDDED),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters long').optional(),
  /** How long the gateway waits for upstream's answer, and for each next chunk of a body. */
  UPSTREAM_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  /** A session not used for this many minutes is refused (sign in again); default 8 hours. */
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(525_600).default(480),
  /** Addresses of the proxies in front whose X-Forwarded-For names the client; unset: none. */
  TRUST_PROXY: trustedProxies.default([]),
  LOG_LEVEL: z.enum(['info', 'warn', 'error', 'silent']).default('info'),
  /** The gateways' shared ticket store on a PostgreSQL server; unset: SQLite in DATA_DIR. */
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' }).optional(),
  /** The shared secret Apizee's webhooks carry in X-Webhook-Secret; unset: POST /webhooks/apizee is off. */
  WEBHOOK_SECRET: z.string().min(16, 'must be at least 16 characters long').optional(),
  /** Upstream calls a minute per user the gateway spends (Apizee: 10). Unset: the embedded API's limit, or 10. */
  UPSTREAM_RATE_LIMIT: z.coerce.number().int().min(1).max(10_000).optional(),
  /** Where the embedded API POSTs its webhooks; unset: none are sent. */
  APIZEE_WEBHOOK_URL: httpUrl.optional(),
  /** Extra headers of the webhooks: `{"Name": "value"}` or `Name: value; Name2: value2`. */
  APIZEE_WEBHOOK_HEADERS: webhookHeaders.optional(),
  /** Origin of the session links (scope=sso) of the embedded API; unset: the address a request came to. */
  APIZEE_PUBLIC_URL: httpUrl.optional(),
  /** Apizee's limit, calls per minute per user; 0 turns it off. Unset: the default of the process. */
  APIZEE_RATE_LIMIT: z.coerce.number().int().min(0).max(10_000).optional(),
  /** The embedded API's [ext] features; unset: the default of the process. */
  APIZEE_EXTENSIONS: flag.optional(),
  /** Test profile of `npm run apizee`: answers in the shapes the public material leaves open. */
  APIZEE_SHAPE_VARIANTS: flag.default(false),
});

export type ServerEnv = z.infer<typeof serverEnvSchema>;

/** True when the gateway runs the embedded Apizee API in its own process. */
export function isEmbedded(env: ServerEnv): boolean {
  return env.APIZEE_URL === EMBEDDED;
}

/**
 * The embedded API's rate limit and extensions. Both run with Apizee's 10 calls a minute per user
 * (the gateway's store and budget keep the dashboard within it). `npm run apizee` (standalone) is the
 * strict stand-in: documented behaviour only; `npm start`'s in-process API has the extensions on.
 */
export function embeddedApiSettings(
  env: ServerEnv,
  mode: 'standalone' | 'in-process',
): { rateLimit: number; extensions: boolean } {
  const standalone = mode === 'standalone';
  return {
    rateLimit: env.APIZEE_RATE_LIMIT ?? 10,
    extensions: env.APIZEE_EXTENSIONS ?? !standalone,
  };
}

/** The logger options matching LOG_LEVEL. */
export function loggerOptions(env: ServerEnv): { silent: boolean; level: LogLevel } {
  return env.LOG_LEVEL === 'silent'
    ? { silent: true, level: 'error' }
    : { silent: false, level: env.LOG_LEVEL };
}

export function readServerEnv(source: NodeJS.ProcessEnv = process.env): ServerEnv {
  // An empty variable (`SESSION_SECRET= npm start`) means "not set".
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const parsed = serverEnvSchema.safeParse(present);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues
    .map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
    .join('\n');
  throw new Error(`Invalid environment:\n${problems}`);
}

/** What the gateway's budget allows per user per minute: upstream's limit (the embedded one when in-process). */
export function gatewayRateLimit(env: ServerEnv): number {
  if (env.UPSTREAM_RATE_LIMIT !== undefined) return env.UPSTREAM_RATE_LIMIT;
  if (isEmbedded(env) && env.APIZEE_RATE_LIMIT === 0) return 10_000;
  return isEmbedded(env) ? (env.APIZEE_RATE_LIMIT ?? 10) : 10;
}
