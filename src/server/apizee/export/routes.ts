import { Hono } from 'hono';
import { exportTicketParamsSchema } from '../../../contract/requests.ts';
import { loadVisibleTicket } from '../auth/visibility.ts';
import type { ApizeeEnv } from '../context.ts';
import { hasExtension } from '../extensions/settings.ts';
import { readParams } from '../http/params.ts';
import { contentDisposition } from '../http/contentDisposition.ts';
import { ticketToCsv } from './exportCsv.ts';
import { ticketToPdf, type PdfOptions } from './exportPdf.ts';
import { loadPdfPhotos } from './pdfPhotos.ts';
import { loadTicketExport, type TicketExport } from './ticketExport.ts';

const RENDERERS = {
  json: {
    mimeType: 'application/json; charset=utf-8',
    render: (data: TicketExport) => JSON.stringify(data, null, 2),
  },
  // The byte order mark makes spreadsheets read the file as UTF-8.
  csv: { mimeType: 'text/csv; charset=utf-8', render: (data: TicketExport) => `\ufeff${ticketToCsv(data)}` },
  pdf: { mimeType: 'application/pdf', render: ticketToPdf },
} as const satisfies Record<
  string,
  { mimeType: string; render: (data: TicketExport, options: PdfOptions) => unknown }
>;

/**
 * `GET /tickets/{id}/export?format=json|csv|pdf&timeline=true|false[&lang=en|fr&tz=<IANA zone>]` as a
 * file download, below the API base. `lang` and `tz` [chosen] word the PDF; a bad value is a 400 naming it.
 */
export function exportRoutes(): Hono<ApizeeEnv> {
  const app = new Hono<ApizeeEnv>();
  app.get('/tickets/:id/export', async (c) => {
    const ticket = loadVisibleTicket(c);
    const { format = 'json', timeline = false, lang, tz } = await readParams(c, exportTicketParamsSchema);
    const { db, now, dataDir } = c.get('deps');
    const renderer = RENDERERS[format];
    const thumbnails = hasExtension(c, 'thumbnails');
    const data = loadTicketExport(db, ticket.id, { timeline, now: now(), thumbnails });
    // Only the PDF is read by people: it alone is worded for them and shows the photos.
    const options: PdfOptions =
      format === 'pdf' ? { lang, tz, photos: loadPdfPhotos(db, dataDir, ticket.id) } : {};
    const body = await renderer.render(data, options);
    return new Response(body, {
      headers: {
        'Content-Type': renderer.mimeType,
        'Content-Disposition': contentDisposition('attachment', `ticket-${ticket.id}.${format}`),
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  });
  return app;
}
