import { open, type FileHandle } from 'node:fs/promises';
import { DOWNLOAD_ONLY_TYPE, inlineMediaType } from '../../../contract/mediaPolicy.ts';
import { ApiError } from '../http/errors.ts';
import { contentDisposition } from '../http/contentDisposition.ts';
import { MEDIA_SECURITY_HEADERS } from './mediaHeaders.ts';
import { parseRange } from './range.ts';

const CHUNK_BYTES = 64 * 1024;

/**
 * Reads `[start, end]` of an open file chunk by chunk, only when the consumer asks for more (so a
 * slow client never makes the server buffer the file), and closes the file at the end or on cancel.
 */
function fileRangeStream(handle: FileHandle, start: number, end: number): ReadableStream<Uint8Array> {
  let position = start;
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await handle.close();
  };
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const length = Math.min(CHUNK_BYTES, end - position + 1);
        if (length <= 0) {
          await close();
          controller.close();
          return;
        }
        try {
          const buffer = Buffer.allocUnsafe(length);
          const { bytesRead } = await handle.read(buffer, 0, length, position);
          if (bytesRead === 0) {
            await close();
            controller.close();
            return;
          }
          position += bytesRead;
          controller.enqueue(new Uint8Array(buffer.buffer, buffer.byteOffset, bytesRead));
        } catch (error) {
          await close();
          controller.error(error);
        }
      },
      cancel: close,
    },
    { highWaterMark: 1 },
  );
}

async function openFile(filePath: string): Promise<{ handle: FileHandle; size: number; mtimeMs: number }> {
  let handle: FileHandle;
  try {
    handle = await open(filePath, 'r');
  } catch {
    throw ApiError.notFound('The media file is missing');
  }
  const stats = await handle.stat();
  return { handle, size: stats.size, mtimeMs: stats.mtimeMs };
}

export interface FileResponseOptions {
  filePath: string;
  mimeType: string;
  /** `Range` request header, if any. */
  range?: string;
  /** `If-Range` request header: a Range only applies while the validator still matches. */
  ifRange?: string;
  /** `If-None-Match` request header. */
  ifNoneMatch?: string;
  /** Name offered to the browser (`Content-Disposition`). */
  filename?: string;
  cacheControl?: string;
  method?: string;
}

/** Inline as itself when the media policy allows it, otherwise an opaque attachment. */
function typeHeaders(mimeType: string, filename: string | undefined): Record<string, string> {
  const inline = inlineMediaType(mimeType);
  if (!inline) {
    const disposition = filename ? contentDisposition('attachment', filename) : 'attachment';
    return { 'Content-Type': DOWNLOAD_ONLY_TYPE, 'Content-Disposition': disposition };
  }
  if (!filename) return { 'Content-Type': inline };
  return { 'Content-Type': inline, 'Content-Disposition': contentDisposition('inline', filename) };
}

/**
 * Serves a media file from disk: streamed, never read whole; `Range` gives a 206 with `Content-Range`,
 * an unsatisfiable one a 416; `ETag` (size and mtime) gives 304 on a matching `If-None-Match`.
 */
export async function fileResponse(options: FileResponseOptions): Promise<Response> {
  const { handle, size, mtimeMs } = await openFile(options.filePath);
  const etag = `"${size.toString(16)}-${Math.floor(mtimeMs).toString(16)}"`;
  const headers = new Headers({
    ...typeHeaders(options.mimeType, options.filename),
    'Accept-Ranges': 'bytes',
    ETag: etag,
    'Last-Modified': new Date(mtimeMs).toUTCString(),
    'Cache-Control': options.cacheControl ?? 'private, max-age=3600',
    ...MEDIA_SECURITY_HEADERS,
  });

  if (options.ifNoneMatch && options.ifNoneMatch.split(',').some((tag) => tag.trim() === etag)) {
    await handle.close();
    return new Response(null, { status: 304, headers });
  }

  const rangeApplies = !options.ifRange || options.ifRange === etag;
  const range = rangeApplies ? parseRange(options.range, size) : null;
  if (range === 'unsatisfiable') {
    await handle.close();
    headers.set('Content-Range', `bytes */${size}`);
    headers.set('Content-Type', 'application/json');
    const body = JSON.stringify({ code: 416, message: 'The requested range is outside the file' });
    return new Response(body, { status: 416, headers });
  }

  const start = range?.start ?? 0;
  const end = range?.end ?? size - 1;
  headers.set('Content-Length', String(Math.max(0, end - start + 1)));
  if (range) headers.set('Content-Range', `bytes ${start}-${end}/${size}`);
  const status = range ? 206 : 200;
  if (options.method === 'HEAD' || size === 0) {
    await handle.close();
    return new Response(null, { status, headers });
  }
  return new Response(fileRangeStream(handle, start, end), { status, headers });
}
