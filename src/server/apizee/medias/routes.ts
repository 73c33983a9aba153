import { Hono, type Context } from 'hono';
import type { ListEnvelope } from '../../../contract/models.ts';
import { downloadMediasParamsSchema, listMediasParamsSchema } from '../../../contract/requests.ts';
import { loadVisibleTicket } from '../auth/visibility.ts';
import type { ApizeeEnv } from '../context.ts';
import { hasExtension, requireExtension } from '../extensions/settings.ts';
import { ApiError } from '../http/errors.ts';
import { pathId, readParams } from '../http/params.ts';
import { fileResponse } from './fileResponse.ts';
import { listMediaPage, listVisibleMediaRows } from './listMedias.ts';
import { mediaExtension, mediaFilename } from './mediaFilename.ts';
import { hasThumbnail, toApiMedia, type ApiMedia } from './mediaRows.ts';
import { findMediaRow, type MediaRow } from './repository.ts';
import { zipEntriesFor, zipFilename, zipResponse } from './mediasZip.ts';
import { PLACEHOLDER_THUMBNAIL, resolveMediaPath } from './storage.ts';

// Hono paths (`:id`) below the API base, equal to apiPaths.* of the contract with the id as a parameter.
const TICKET_MEDIAS = '/tickets/:id/medias';
const TICKET_MEDIAS_ZIP = '/tickets/:id/medias/download';
const MEDIA = '/medias/:id';

/** Without the `zipIds` extension, `ids` is an unknown parameter: ignored, as a real Apizee would. */
const downloadMediasDocumentedSchema = downloadMediasParamsSchema.omit({ ids: true });

/** A media the current user may see: 404 when missing or of another enterprise, 403 when not visible. */
function loadVisibleMedia(c: Context<ApizeeEnv>): MediaRow {
  const row = findMediaRow(c.get('deps').db, pathId(c));
  if (!row) throw ApiError.notFound('Media not found');
  try {
    loadVisibleTicket(c, row.ticket_id);
  } catch (error) {
    // The ticket's own 404 message would name the wrong object.
    if (error instanceof ApiError && error.status === 404) throw ApiError.notFound('Media not found');
    throw error;
  }
  return row;
}

function requestHeaders(c: Context) {
  return {
    range: c.req.header('range'),
    ifRange: c.req.header('if-range'),
    ifNoneMatch: c.req.header('if-none-match'),
    method: c.req.method,
  };
}

/** A ticket's medias (list, zip), a media, its file and its thumbnail, below the API base. */
export function mediaRoutes(): Hono<ApizeeEnv> {
  const app = new Hono<ApizeeEnv>();
  app.get(TICKET_MEDIAS, async (c) => {
    const ticket = loadVisibleTicket(c);
    const { offset, limit, ...filters } = await readParams(c, listMediasParamsSchema);
    const page = listMediaPage(c.get('deps').db, ticket.id, filters, c.get('user'), { offset, limit });
    const thumbnails = hasExtension(c, 'thumbnails');
    const body: ListEnvelope<ApiMedia> = {
      data: page.rows.map((row) => toApiMedia(row, { thumbnails })),
      total: page.total,
      next_offset: page.nextOffset,
    };
    return c.json(body);
  });

  app.get(TICKET_MEDIAS_ZIP, async (c) => {
    const ticket = loadVisibleTicket(c);
    const schema = hasExtension(c, 'zipIds') ? downloadMediasParamsSchema : downloadMediasDocumentedSchema;
    const { filename, ...filters } = await readParams(c, schema);
    const { db, dataDir } = c.get('deps');
    const entries = await zipEntriesFor(dataDir, listVisibleMediaRows(db, ticket.id, filters, c.get('user')));
    if (entries.length === 0)
      throw ApiError.notFound('No completed media of this ticket matches these filters');
    return zipResponse(entries, zipFilename(filename, ticket.id), c.req.method);
  });

  app.get(MEDIA, (c) =>
    c.json(toApiMedia(loadVisibleMedia(c), { thumbnails: hasExtension(c, 'thumbnails') })),
  );

  app.get(`${MEDIA}/download`, (c) => {
    const media = loadVisibleMedia(c);
    if (media.status !== 'completed' || !media.file_path) {
      throw ApiError.conflict(`The media file is not available: the media is ${media.status}`);
    }
    const extension = mediaExtension(media.file_path, media.mime_type);
    return fileResponse({
      ...requestHeaders(c),
      filePath: resolveMediaPath(c.get('deps').dataDir, media.file_path),
      mimeType: media.mime_type,
      filename: mediaFilename(media.title, extension, `media-${media.id}`),
    });
  });

  app.get(`${MEDIA}/thumbnail`, requireExtension('thumbnails'), (c) => {
    const media = loadVisibleMedia(c);
    if (!hasThumbnail(media)) throw ApiError.notFound('This media has no thumbnail');
    const filePath = media.thumbnail_path
      ? resolveMediaPath(c.get('deps').dataDir, media.thumbnail_path)
      : PLACEHOLDER_THUMBNAIL;
    // A media's thumbnail never changes, so the browser may keep it for a day without asking again.
    const mimeType = filePath.endsWith('.webp') ? 'image/webp' : 'image/jpeg';
    return fileResponse({ ...requestHeaders(c), filePath, mimeType, cacheControl: 'private, max-age=86400' });
  });

  return app;
}
