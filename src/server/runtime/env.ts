/**
 * The process environment, read once through a schema that fails loudly with every bad variable named
 * (shared by the gateway entry point and the standalone embedded API).
 */
import { z } from 'zod';
import type { LogLevel } from './log.ts';

const EMBEDDED = 'embedded';

const port = (fallback: number) => z.coerce.number().int().min(0).max(65_535).default(fallback);

const serverEnvSchema = z.object({
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
  LOG_LEVEL: z.enum(['info', 'warn', 'error', 'silent']).default('info'),
});

export type ServerEnv = z.infer<typeof serverEnvSchema>;

/** True when the gateway runs the embedded Apizee API in its own process. */
export function isEmbedded(env: ServerEnv): boolean {
  return env.APIZEE_URL === EMBEDDED;
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
