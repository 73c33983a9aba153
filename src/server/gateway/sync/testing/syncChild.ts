/**
 * A gateway process that syncs `admin` and prints its progress, for the kill -9 test: its upstream
 * (the embedded Apizee over `apizeeDir`) answers each list call after `delayMs`, so it can be killed
 * mid-sync. Usage: node --import tsx syncChild.ts <apizeeDir> <storeFile> <delayMs>
 */
import { createApizeeApp } from '../../../apizee/app.ts';
import { createLogger } from '../../../runtime/log.ts';
import { SESSION_COOKIE } from '../../sessionCookie.ts';
import { openStore } from '../../store/database.ts';
import { createTestGateway, setSessionCookie, XHR } from '../../testSupport.ts';
import { embeddedUpstream } from '../../upstream.ts';

const [apizeeDir, storeFile, delay] = process.argv.slice(2);
const delayMs = Number(delay ?? 0);
const logger = createLogger({ silent: true });
const apizee = createApizeeApp({ dataDir: apizeeDir!, logger, extensions: true });
const database = await openStore({ sqliteFile: storeFile! });
const upstream = embeddedUpstream(async (request) => {
  if (new URL(request.url).pathname === '/api/v3/tickets')
    await new Promise((resolve) => setTimeout(resolve, delayMs));
  return apizee.app.fetch(request);
}, apizee.extensions);
const gateway = createTestGateway(upstream, undefined, { store: { database, rateLimit: 10_000 } });
const login = await gateway.app.request('/auth/login', {
  method: 'POST',
  headers: { ...XHR, 'content-type': 'application/json' },
  body: JSON.stringify({ username: 'admin', password: 'Demo-pass-1' }),
});
const cookie = `${SESSION_COOKIE}=${setSessionCookie(login)?.value ?? ''}`;
const stream = await gateway.app.request('/events', { headers: { cookie } });
const reader = stream.body!.getReader();
const decoder = new TextDecoder();
let text = '';
for (;;) {
  const chunk = await reader.read();
  if (chunk.done) break;
  text += decoder.decode(chunk.value, { stream: true });
  for (const line of text.split('\n').filter((l) => l.includes('sync.progress'))) console.log(line);
  if (text.includes('"done":true')) {
    console.log('DONE');
    process.exit(0);
  }
  text = text.slice(text.lastIndexOf('\n') + 1);
}
