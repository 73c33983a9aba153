/**
 * `npm run dev`: the gateway (restarted when server code changes) on GATEWAY_PORT (default 8090) and
 * the Vite dev server on 5173, which proxies /auth and /api to it. Stopping one stops both.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const gatewayPort = process.env.GATEWAY_PORT ?? '8090';
const env = { ...process.env, PORT: gatewayPort, GATEWAY_PORT: gatewayPort };

function start(name: string, args: string[]): ChildProcess {
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: 'inherit' });
  child.on('exit', (code, signal) => {
    console.log(`[dev] ${name} stopped (${signal ?? `exit ${code}`})`);
    stopAll(code ?? 1);
  });
  return child;
}

const children = [
  start('gateway', [
    '--watch-path=src/server',
    '--watch-path=src/contract',
    '--import',
    'tsx',
    'src/server/main.ts',
  ]),
  start('vite', [
    path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'),
    '--port',
    '5173',
    '--strictPort',
  ]),
];
console.log(`[dev] open http://localhost:5173 (gateway on http://localhost:${gatewayPort})`);

let stopping = false;
function stopAll(exitCode: number): void {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  const waitForAll = children.map((child) =>
    child.exitCode === null && child.signalCode === null
      ? new Promise((resolve) => child.once('exit', resolve))
      : null,
  );
  void Promise.all(waitForAll).then(() => process.exit(exitCode));
  // A child that ignores SIGTERM must not keep the terminal.
  setTimeout(() => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    process.exit(exitCode);
  }, 5_000).unref();
}

process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));
