/** The whole process from its environment: upstream (embedded or remote), session secret, gateway. */
import { createApizeeApp } from '../apizee/app.ts';
import type { Logger } from '../runtime/log.ts';
import { createGateway } from './app.ts';
import { isEmbedded, type ServerEnv } from '../runtime/env.ts';
import { listen, type RunningServer } from '../runtime/listen.ts';
import { loadSessionSecret } from './sessionSecret.ts';
import { embeddedUpstream, remoteUpstream, type Upstream } from './upstream.ts';

export type GatewayServer = RunningServer & { upstream: string };

export async function startGatewayServer(env: ServerEnv, logger: Logger): Promise<GatewayServer> {
  let upstream: Upstream;
  let closeUpstream = () => {};
  if (isEmbedded(env)) {
    // Seeds the demo data (and logs the demo accounts) when DATA_DIR holds no database yet.
    const apizee = createApizeeApp({ dataDir: env.DATA_DIR, logger, seed: true });
    upstream = embeddedUpstream((request) => apizee.app.fetch(request));
    closeUpstream = () => apizee.close();
  } else {
    upstream = remoteUpstream(env.APIZEE_URL);
  }

  const gateway = createGateway({
    upstream,
    sessionSecret: loadSessionSecret(env.DATA_DIR, env.SESSION_SECRET),
    distDir: env.DIST_DIR,
    logger,
  });
  let server: RunningServer;
  try {
    server = await listen(gateway.fetch, env.PORT);
  } catch (error) {
    closeUpstream();
    throw error;
  }
  return {
    ...server,
    upstream: upstream.name,
    close: async (graceMs) => {
      await server.close(graceMs);
      closeUpstream();
    },
  };
}
