/**
 * `npm run size`: builds the SPA (when stale), then reports the gzipped JS and CSS the browser loads
 * before the ticket list renders: the entry chunk and its static imports, plus the lazily loaded list
 * page and its static imports, as listed in dist/.vite/manifest.json. A report: it always exits 0.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, ensureSpaBuilt, readManifest, type Manifest } from './build-spa.ts';

const JS_BUDGET_KB = 160;
const LIST_PAGE_SOURCE = /^src\/features\/tickets-list\/TicketsListPage\.tsx$/;

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

function measure(file: string, kind: Loaded['kind'], reason: string): Loaded {
  const content = readFileSync(path.join(DIST, file));
  return { file, kind, bytes: content.byteLength, gzipBytes: gzipSync(content).byteLength, reason };
}

function filesLoadedBeforeList(manifest: Manifest): Loaded[] {
  const entryKey = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
  if (!entryKey) throw new Error('the manifest has no entry chunk');
  const listKey = Object.keys(manifest).find((key) => LIST_PAGE_SOURCE.test(manifest[key]?.src ?? ''));
  if (!listKey) throw new Error(`no chunk comes from ${LIST_PAGE_SOURCE.source}: was the list page moved?`);

  const entryChunks = staticClosure(manifest, entryKey);
  const listChunks = [...staticClosure(manifest, listKey)].filter((key) => !entryChunks.has(key));
  const loaded = new Map<string, Loaded>();
  const add = (keys: Iterable<string>, reason: string) => {
    for (const key of keys) {
      const chunk = manifest[key]!;
      if (!loaded.has(chunk.file)) loaded.set(chunk.file, measure(chunk.file, 'js', reason));
      for (const css of chunk.css ?? []) if (!loaded.has(css)) loaded.set(css, measure(css, 'css', reason));
    }
  };
  add(entryChunks, 'entry');
  add(listChunks, 'list page');
  return [...loaded.values()];
}

const kB = (bytes: number) => (bytes / 1000).toFixed(1).padStart(7);

function report(files: Loaded[]): void {
  console.log(
    `${'file'.padEnd(48)} ${'loaded for'.padEnd(10)} ${'raw kB'.padStart(7)} ${'gzip kB'.padStart(7)}`,
  );
  for (const file of files) {
    console.log(`${file.file.padEnd(48)} ${file.reason.padEnd(10)} ${kB(file.bytes)} ${kB(file.gzipBytes)}`);
  }
  const total = (kind?: Loaded['kind']) =>
    files.filter((file) => !kind || file.kind === kind).reduce((sum, file) => sum + file.gzipBytes, 0);
  const js = total('js');
  console.log('');
  console.log(`JS    ${kB(js)} kB gzip`);
  console.log(`CSS   ${kB(total('css'))} kB gzip`);
  console.log(`total ${kB(total())} kB gzip (kB = 1000 bytes)`);
  const verdict = js > JS_BUDGET_KB * 1000 ? 'OVER BUDGET' : 'within budget';
  console.log(`JS budget ${JS_BUDGET_KB} kB gzip: ${verdict}`);
}

console.log(`[size] ${await ensureSpaBuilt()}`);
report(filesLoadedBeforeList(readManifest()));
