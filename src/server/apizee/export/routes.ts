import { Hono } from 'hono';
import { exportTicketParamsSchema } from '../../../contract/requests.ts';
import { loadVisibleTicket } from '../auth/visibility.ts';
import type { ApizeeEnv } from '../context.ts';
import { hasExtension } from '../extensions/settings.ts';
import { readParams } from '../http/params.ts';
import { contentDisposition } from '../http/contentDisposition.ts';
import { ticketToCsv } from './exportCsv.ts';
import { ticketToPdf } from './exportPdf.ts';
import { loadTicketExport, type TicketExport } from './ticketExport.ts';

const RENDERERS = {
  json: {
    mimeType: 'application/json; charset=utf-8',
    render: (data: TicketExport) => JSON.stringify(data, null, 2),
  },
  // The byte order mark makes spreadsheets read the file as UTF-8.
  csv: { mimeType: 'text/csv; charset=utf-8', render: (data: TicketExport) => `\ufeff${ticketToCsv(data)}` },
  pdf: { mimeType: 'application/pdf', render: ticketToPdf },
} as const;

/** `GET /tickets/{id}/export?format=json|csv|pdf&timeline=true|false` as a file download, below the API base. */
export function exportRoutes(): Hono<ApizeeEnv> {
  const app = new Hono<ApizeeEnv>();
  app.get('/tickets/:id/export', async (c) => {
    const ticket = loadVisibleTicket(c);
    const { format = 'json', timeline = false } = await readParams(c, exportTicketParamsSchema);
    const { db, now } = c.get('deps');
    const renderer = RENDERERS[format];
    const thumbnails = hasExtension(c, 'thumbnails');
    const body = await renderer.render(loadTicketExport(db, ticket.id, { timeline, now: now(), thumbnails }));
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
