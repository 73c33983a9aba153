/**
 * `npm run apizee`: the embedded Apizee API alone on APIZEE_PORT (default 8081), over the same DATA_DIR
 * as the gateway. A gateway started with APIZEE_URL=http://localhost:8081 then talks to it over HTTP.
 * It is the strict stand-in of Apizee: its rate limit (APIZEE_RATE_LIMIT, default 10) and documented
 * behaviour only (APIZEE_EXTENSIONS, default off).
 */
import { pathToFileURL } from 'node:url';
import { embeddedApiSettings, loggerOptions, readServerEnv } from '../runtime/env.ts';
import { listen, type RunningServer } from '../runtime/listen.ts';
import { stopOnSignals } from '../runtime/shutdown.ts';
import { createLogger, type Logger } from '../runtime/log.ts';
import { createApizeeApp, type ApizeeAppOptions } from './app.ts';

export type StandaloneOptions = Omit<ApizeeAppOptions, 'logger'> & {
  port: number;
  /** The interface to listen on (HOST); default this machine only. */
  host?: string;
  logger: Logger;
};

export async function startStandaloneApizee(options: StandaloneOptions): Promise<RunningServer> {
  const { port, host, ...appOptions } = options;
  const apizee = createApizeeApp({ seed: true, ...appOptions });
  let server: RunningServer;
  try {
    // The bindings carry the TCP peer, which the token call's limits key by.
    server = await listen((request, bindings) => apizee.app.fetch(request, bindings), port, host);
  } catch (error) {
    apizee.close();
    throw error;
  }
  return {
    ...server,
    close: async (graceMs) => {
      await server.close(graceMs);
      apizee.close();
    },
  };
}

const isEntryPoint = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isEntryPoint) {
  const env = readServerEnv();
  const logger = createLogger(loggerOptions(env));
  const settings = embeddedApiSettings(env, 'standalone');
  const server = await startStandaloneApizee({
    port: env.APIZEE_PORT,
    host: env.HOST,
    dataDir: env.DATA_DIR,
    logger,
    ...settings,
    shapeVariants: env.APIZEE_SHAPE_VARIANTS,
    webhooks: { url: env.APIZEE_WEBHOOK_URL, headers: env.APIZEE_WEBHOOK_HEADERS },
    // Unset: links name the host each request came to.
    publicUrl: env.APIZEE_PUBLIC_URL,
    tokenRateLimits: { trustedProxies: env.TRUST_PROXY },
  });
  logger.info('embedded Apizee API ready', {
    url: `${server.url}/api/v3`,
    ...settings,
    shapeVariants: env.APIZEE_SHAPE_VARIANTS,
  });
  stopOnSignals(logger, () => server.close());
}
