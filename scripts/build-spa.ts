/**
 * Builds the SPA into dist/ when it is missing or older than its sources, safely when several
 * processes (parallel end-to-end runs) start at once: one build at a time behind a lock, into a
 * temporary folder swapped in at the end, keeping the previous build's hashed assets so pages already
 * open in a browser can still load their lazy chunks.
 */
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const DIST = path.join(ROOT, 'dist');
export const MANIFEST = path.join(DIST, '.vite', 'manifest.json');
const LOCK = path.join(ROOT, '.tmp', 'build.lock');
const BUILD_INPUTS = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json', 'postcss.config.cjs'];
const LOCK_WAIT_MS = 5 * 60_000;

function isBuildInput(file: string): boolean {
  const relative = path.relative(ROOT, file).split(path.sep).join('/');
  return !relative.startsWith('src/server/') && !/\.test\.tsx?$/.test(relative);
}

function newestMtime(entry: string): number {
  if (!existsSync(entry) || !isBuildInput(entry)) return 0;
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(entry).reduce(
    (newest, name) => Math.max(newest, newestMtime(path.join(entry, name))),
    0,
  );
}

/** Why dist/ must be rebuilt, or null when it is up to date. */
export function staleReason(): string | null {
  const builtAt = existsSync(MANIFEST) ? statSync(MANIFEST).mtimeMs : 0;
  if (builtAt === 0) return 'dist/ has not been built';
  const changed = BUILD_INPUTS.find((input) => newestMtime(path.join(ROOT, input)) > builtAt);
  return changed ? `${changed} changed since the last build` : null;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The pid holding the lock; null while its holder has not written it yet. */
function lockOwner(): number | null {
  try {
    return Number(readFileSync(path.join(LOCK, 'pid'), 'utf8')) || null;
  } catch {
    return null;
  }
}

/** Takes the lock if it is free; false when another process holds it. */
function tryLock(): boolean {
  try {
    mkdirSync(LOCK);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  writeFileSync(path.join(LOCK, 'pid'), String(process.pid));
  return true;
}

async function withBuildLock<T>(work: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + LOCK_WAIT_MS;
  mkdirSync(path.dirname(LOCK), { recursive: true });
  while (!tryLock()) {
    const owner = lockOwner();
    // A build killed midway leaves its lock behind.
    if (owner && !isAlive(owner)) rmSync(LOCK, { recursive: true, force: true });
    else if (Date.now() > deadline) throw new Error(`another build holds ${LOCK} for too long`);
    else await sleep(500);
  }
  try {
    return await work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${args.join(' ')} failed (${signal ?? `exit ${code}`})`)),
    );
  });
}

/** One chunk of Vite's build manifest (paths relative to dist/, imports are keys of the manifest). */
export type ManifestChunk = {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  assets?: string[];
};
export type Manifest = Record<string, ManifestChunk>;

export function readManifest(manifestFile = MANIFEST): Manifest {
  return JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
}

function carryPreviousAssets(into: string): void {
  if (!existsSync(MANIFEST)) return;
  for (const chunk of Object.values(readManifest())) {
    for (const file of [chunk.file, ...(chunk.css ?? []), ...(chunk.assets ?? [])]) {
      const target = path.join(into, file);
      if (!existsSync(target) && existsSync(path.join(DIST, file))) cpSync(path.join(DIST, file), target);
    }
  }
}

export async function buildSpa(): Promise<void> {
  const outDir = path.join(ROOT, '.tmp', `build-${process.pid}`);
  rmSync(outDir, { recursive: true, force: true });
  await run(process.execPath, [
    path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'),
    'build',
    '--outDir',
    outDir,
    '--emptyOutDir',
  ]);
  carryPreviousAssets(outDir);
  const previous = `${outDir}-previous`;
  if (existsSync(DIST)) renameSync(DIST, previous);
  renameSync(outDir, DIST);
  rmSync(previous, { recursive: true, force: true });
}

/** Builds when needed; `force` builds anyway. Returns what was done, for the caller to log. */
export async function ensureSpaBuilt(force = false): Promise<string> {
  if (!force && !staleReason()) return 'dist/ is up to date';
  return withBuildLock(async () => {
    const reason = force ? 'build requested' : staleReason();
    if (!reason) return 'dist/ was just built by another process';
    const started = performance.now();
    await buildSpa();
    return `built dist/ (${reason}) in ${((performance.now() - started) / 1000).toFixed(1)} s`;
  });
}
