/**
 * The built SPA from dist/: hashed assets cached forever, index.html revalidated every time, text files
 * compressed (brotli or gzip), and every other path that is not a file answered with index.html so
 * client routes (/tickets/12/medias/3) survive a reload.
 */
import { createReadStream, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { Hono } from 'hono';
import {
  createCompressionCache,
  isCompressible,
  preferredEncoding,
  type CompressionCache,
} from './compression.ts';
import { contentTypeOf } from './contentTypes.ts';
import type { GatewayContext, GatewayEnv } from './http.ts';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

async function fileStats(file: string): Promise<Stats | null> {
  try {
    const stats = await stat(file);
    return stats.isFile() ? stats : null;
  } catch {
    return null;
  }
}

/** The file under `root` that a URL path names, or null for paths that escape it or name hidden files. */
function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.split('/').some((segment) => segment.startsWith('.'))) return null;
  const file = path.resolve(root, `.${decoded}`);
  return file.startsWith(`${root}${path.sep}`) ? file : null;
}

async function sendFile(
  c: GatewayContext,
  compression: CompressionCache,
  file: string,
  stats: Stats,
  cacheControl: string,
): Promise<Response> {
  const version = `${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}`;
  const contentType = contentTypeOf(file);
  const encoding = isCompressible(contentType, stats.size)
    ? preferredEncoding(c.req.header('accept-encoding'))
    : null;
  const etag = `W/"${version}${encoding ? `-${encoding}` : ''}"`;
  c.header('Cache-Control', cacheControl);
  c.header('ETag', etag);
  if (isCompressible(contentType, stats.size)) c.header('Vary', 'Accept-Encoding');
  if (c.req.header('if-none-match') === etag) return c.body(null, 304);
  c.header('Content-Type', contentType);
  if (encoding) {
    const compressed = await compression.get(file, version, encoding);
    c.header('Content-Encoding', encoding);
    c.header('Content-Length', String(compressed.byteLength));
    if (c.req.method === 'HEAD') return c.body(null, 200);
    return c.body(new Uint8Array(compressed), 200);
  }
  c.header('Content-Length', String(stats.size));
  if (c.req.method === 'HEAD') return c.body(null, 200);
  return c.body(Readable.toWeb(createReadStream(file)) as ReadableStream, 200);
}

/** Looks like a file request (has an extension, or is under /assets/): never answered with index.html. */
function isFileRequest(urlPath: string): boolean {
  return urlPath.startsWith('/assets/') || /\.[a-z0-9]+$/i.test(urlPath);
}

export function registerStaticFiles(app: Hono<GatewayEnv>, distDir: string): void {
  const root = path.resolve(distDir);
  const indexFile = path.join(root, 'index.html');
  const compression = createCompressionCache();

  app.on(['GET', 'HEAD'], '*', async (c) => {
    const file = resolveInside(root, c.req.path);
    const stats = file && file !== indexFile ? await fileStats(file) : null;
    if (file && stats) {
      const cacheControl = c.req.path.startsWith('/assets/') ? IMMUTABLE : REVALIDATE;
      return sendFile(c, compression, file, stats, cacheControl);
    }
    if (isFileRequest(c.req.path) && c.req.path !== '/index.html') return c.text('Not found', 404);

    const indexStats = await fileStats(indexFile);
    if (!indexStats)
      return c.text('The dashboard is not built yet: run `npm run build` or `npm start`.', 503);
    return sendFile(c, compression, indexFile, indexStats, REVALIDATE);
  });
}
