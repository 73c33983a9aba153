/** `npm start` (through scripts/start.ts): the gateway, with the embedded Apizee API unless APIZEE_URL says otherwise. */
import { createLogger } from './runtime/log.ts';
import { loggerOptions, readServerEnv } from './runtime/env.ts';
import { startGatewayServer } from './gateway/server.ts';
import { stopOnSignals } from './runtime/shutdown.ts';

const env = readServerEnv();
const logger = createLogger(loggerOptions(env));
const server = await startGatewayServer(env, logger);
logger.info('dashboard ready', {
  url: server.url.replace('127.0.0.1', 'localhost'),
  upstream: server.upstream,
});
stopOnSignals(logger, () => server.close());
