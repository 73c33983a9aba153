/** `npm start`: builds the SPA when dist/ is missing or stale, then runs the server in this process. */
import { ensureSpaBuilt } from './build-spa.ts';

console.log(`[start] ${await ensureSpaBuilt()}`);
await import('../src/server/main.ts');
