/**
 * `npm run size`: builds the SPA (when stale), then reports the gzipped JS and CSS the browser loads
 * before the ticket list renders: the entry chunk and its static imports (the list page among them), or
 * should the list page become lazily loaded again, it and its static imports too, as listed in dist/.vite/manifest.json, plus the message chunks the app
 * and the list route wait for before they render (in English; the French ones weigh about the same).
 * Exits 1 when the JS is over budget, so `npm test` can hold the line.
 *
 * Also listed, not counted: the deferred pieces those chunks import dynamically at mount (the
 * notifications container, the user menu, the filter pickers). They load just after first paint, beside
 * the session and list requests, and the list renders without waiting for them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, ensureSpaBuilt, readManifest, type Manifest } from './build-spa.ts';

/**
 * 160 until the list became a workstation (issue 13): its row checkboxes and selection store, density
 * and column preferences paint with the first rows (+~2 kB gzip); everything else it added loads later.
 */
const JS_BUDGET_KB = 163;
/** The list page: in the entry chunk today (app/router.tsx imports it statically), or a chunk of its own. */
const LIST_PAGE_SOURCE = /^src\/features\/tickets-list\/[^/]*Page\.tsx$/;

/** A manifest key and every chunk it statically imports, transitively. */
function staticClosure(manifest: Manifest, key: string, into = new Set<string>()): Set<string> {
  if (into.has(key)) return into;
  const chunk = manifest[key];
  if (!chunk) throw new Error(`manifest has no chunk ${key}`);
  into.add(key);
  for (const imported of chunk.imports ?? []) staticClosure(manifest, imported, into);
  return into;
}

type Loaded = { file: string; kind: 'js' | 'css'; bytes: number; gzipBytes: number; reason: string };

/** Dynamic imports that are pages of their own: loaded when their route is visited, not at mount. */
const ROUTE_PAGE_SOURCE = /Page\.tsx$/;
/** Message chunks (lib/i18n/registry.ts): one per feature and language. */
const MESSAGES_SOURCE = /^src\/lib\/i18n\/messages\//;
/** Those awaited before the list renders: the app's (registry.ts APP_FEATURES) and the list route's. */
const LIST_MESSAGES_SOURCE = /^src\/lib\/i18n\/messages\/(common|shell|list)\.ts$/;

function measure(file: string, kind: Loaded['kind'], reason: string): Loaded {
  const content = readFileSync(path.join(DIST, file));
  return { file, kind, bytes: content.byteLength, gzipBytes: gzipSync(content).byteLength, reason };
}

type FirstLoad = { counted: Loaded[]; deferred: Loaded[] };

function filesLoadedBeforeList(manifest: Manifest): FirstLoad {
  const entryKey = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
  if (!entryKey) throw new Error('the manifest has no entry chunk');
  const listKey = Object.keys(manifest).find((key) => LIST_PAGE_SOURCE.test(manifest[key]?.src ?? ''));

  const entryChunks = staticClosure(manifest, entryKey);
  const listChunks = listKey
    ? [...staticClosure(manifest, listKey)].filter((key) => !entryChunks.has(key))
    : [];
  const loaded = new Map<string, Loaded>();
  const add = (keys: Iterable<string>, reason: string) => {
    for (const key of keys) {
      const chunk = manifest[key]!;
      if (!loaded.has(chunk.file)) loaded.set(chunk.file, measure(chunk.file, 'js', reason));
      for (const css of chunk.css ?? []) if (!loaded.has(css)) loaded.set(css, measure(css, 'css', reason));
    }
  };
  const messageChunks = Object.keys(manifest).filter((key) =>
    LIST_MESSAGES_SOURCE.test(manifest[key]?.src ?? ''),
  );
  if (messageChunks.length !== 3) throw new Error('the message chunks of the list were not found: moved?');
  add(entryChunks, 'entry');
  add(listChunks, 'list page');
  add(messageChunks, 'messages');
  const counted = [...loaded.values()];

  const firstLoad = new Set([...entryChunks, ...listChunks]);
  const deferredKeys = new Set<string>();
  for (const key of firstLoad) {
    for (const imported of manifest[key]!.dynamicImports ?? []) {
      const source = manifest[imported]?.src ?? '';
      // Pages and other messages load with their route or a language switch, not at mount.
      if (ROUTE_PAGE_SOURCE.test(source) || MESSAGES_SOURCE.test(source)) continue;
      for (const dependency of staticClosure(manifest, imported)) {
        if (!firstLoad.has(dependency)) deferredKeys.add(dependency);
      }
    }
  }
  add(deferredKeys, 'deferred');
  return { counted, deferred: [...loaded.values()].slice(counted.length) };
}

const kB = (bytes: number) => (bytes / 1000).toFixed(1).padStart(7);

function report({ counted: files, deferred }: FirstLoad): boolean {
  console.log(
    `${'file'.padEnd(48)} ${'loaded for'.padEnd(10)} ${'raw kB'.padStart(7)} ${'gzip kB'.padStart(7)}`,
  );
  for (const file of files) {
    console.log(`${file.file.padEnd(48)} ${file.reason.padEnd(10)} ${kB(file.bytes)} ${kB(file.gzipBytes)}`);
  }
  const sum = (list: Loaded[], kind?: Loaded['kind']) =>
    list.filter((file) => !kind || file.kind === kind).reduce((total, file) => total + file.gzipBytes, 0);
  const total = (kind?: Loaded['kind']) => sum(files, kind);
  const js = total('js');
  console.log('');
  console.log(`JS    ${kB(js)} kB gzip`);
  console.log(`CSS   ${kB(total('css'))} kB gzip`);
  console.log(`total ${kB(total())} kB gzip (kB = 1000 bytes)`);
  const within = js <= JS_BUDGET_KB * 1000;
  console.log(`JS budget ${JS_BUDGET_KB} kB gzip: ${within ? 'within budget' : 'OVER BUDGET'}`);

  console.log('');
  console.log('Deferred, not counted (imported dynamically at mount; the list renders without them):');
  for (const file of deferred) {
    console.log(`${file.file.padEnd(48)} ${file.reason.padEnd(10)} ${kB(file.bytes)} ${kB(file.gzipBytes)}`);
  }
  console.log(`JS    ${kB(sum(deferred, 'js'))} kB gzip deferred`);
  return within;
}

console.log(`[size] ${await ensureSpaBuilt()}`);
if (!report(filesLoadedBeforeList(readManifest()))) process.exitCode = 1;
