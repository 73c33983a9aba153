/**
 * The pages behind the session links (links.ts), outside the API base and without a bearer token: the
 * guest's "join the video call" landing at `/join/<token>` (its Join button records
 * `ticket.invitationClicked`) and the agent's room at `/room/<token>`. No video: they stand in for
 * Apizee's own pages. A token that does not verify, or a deleted ticket, is a 404.
 */
import { Hono, type Context } from 'hono';
import type { TicketState } from '../../../contract/enums.ts';
import type { ApizeeEnv } from '../context.ts';
import { appendEvent, hasEvent } from '../events/repository.ts';
import { findTicketRow, findTicketViewRows, type TicketViewRow } from '../tickets/repository.ts';
import { LINK_PREFIXES, verifyLinkToken, type LinkRole } from './links.ts';
import { html, page, PAGE_HEADERS, type SafeHtml } from './pageHtml.ts';
import { acceptedLanguage, PAGE_TEXT, pageLanguage, type PageLanguage } from './pageText.ts';

/** States in which a guest can still join. */
const JOINABLE: readonly TicketState[] = ['new', 'open', 'invited', 'inprogress'];

function respond(c: Context<ApizeeEnv>, body: string, status: 200 | 404 = 200): Response {
  return c.body(body, status, PAGE_HEADERS);
}

function notFound(c: Context<ApizeeEnv>): Response {
  const body = html`<p>${PAGE_TEXT.en.notFound}</p>
    <p lang="fr">${PAGE_TEXT.fr.notFound}</p>`;
  return respond(c, page('en', PAGE_TEXT.en.notFoundTitle, body), 404);
}

/** The ticket a link names, when its token verifies and the ticket still exists. */
function linkedTicket(c: Context<ApizeeEnv>, role: LinkRole): TicketViewRow | undefined {
  const { db } = c.get('deps');
  const id = verifyLinkToken(db, role, c.req.param('token') ?? '');
  if (id === null) return undefined;
  const row = findTicketRow(db, id);
  if (!row || row.deleted_at !== null) return undefined;
  return findTicketViewRows(db, [id])[0];
}

function agentName(ticket: TicketViewRow): string | null {
  const name = [ticket.agent_firstname, ticket.agent_lastname].filter(Boolean).join(' ').trim();
  return name || ticket.agent_username || null;
}

function customerName(ticket: TicketViewRow): string {
  return [ticket.r_firstname, ticket.r_name].filter(Boolean).join(' ').trim() || ticket.r_company || '—';
}

function when(language: PageLanguage, epochMs: number): string {
  const format = new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'UTC',
  });
  return `${format.format(new Date(epochMs))} UTC`;
}

function guestPage(ticket: TicketViewRow, joined: boolean): string {
  const language = pageLanguage(ticket.language);
  const text = PAGE_TEXT[language];
  const agent = agentName(ticket);
  if (!JOINABLE.includes(ticket.state)) {
    return page(language, text.guestTitle, html`<p class="status">${text.noLongerValid}</p>`);
  }
  const details: SafeHtml = html`<dl>
    ${
      ticket.subject
        ? html`<dt>${text.subject}</dt>
            <dd>${ticket.subject}</dd>`
        : ''
    }
    <dt>${text.scheduled}</dt>
    <dd>${when(language, ticket.start_time)}</dd>
  </dl>`;
  if (joined) {
    return page(
      language,
      text.waitingRoomTitle,
      html`<p class="status" role="status">${text.waitingRoom(agent)}</p>
        ${details}`,
    );
  }
  return page(
    language,
    text.guestTitle,
    html`<p>${agent ? text.invitedBy(agent) : text.invited}</p>
      ${details}
      <form method="post"><button type="submit">${text.join}</button></form>`,
  );
}

function agentPage(c: Context<ApizeeEnv>, ticket: TicketViewRow): string {
  const language = acceptedLanguage(c.req.header('accept-language'));
  const text = PAGE_TEXT[language];
  const clicked = hasEvent(c.get('deps').db, ticket.id, 'ticket.invitationClicked');
  const status = !JOINABLE.includes(ticket.state)
    ? text.noCall(ticket.state)
    : clicked
      ? text.customerOpened
      : text.waitingForCustomer;
  return page(
    language,
    text.roomTitle(ticket.id),
    html`<dl>
        <dt>${text.subject}</dt>
        <dd>${ticket.subject || '—'}</dd>
        <dt>${text.reference}</dt>
        <dd>${ticket.reference || '—'}</dd>
        <dt>${text.customer}</dt>
        <dd>${customerName(ticket)}</dd>
        <dt>${text.state}</dt>
        <dd>${ticket.state}</dd>
        <dt>${text.scheduled}</dt>
        <dd>${when(language, ticket.start_time)}</dd>
      </dl>
      <p class="status" role="status">${status}</p>`,
  );
}

export function linkPageRoutes(): Hono<ApizeeEnv> {
  const app = new Hono<ApizeeEnv>();
  const guest = `${LINK_PREFIXES.guest}/:token`;
  const agent = `${LINK_PREFIXES.agent}/:token`;

  app.get(guest, (c) => {
    const ticket = linkedTicket(c, 'guest');
    return ticket ? respond(c, guestPage(ticket, false)) : notFound(c);
  });
  app.post(guest, (c) => {
    const ticket = linkedTicket(c, 'guest');
    if (!ticket) return notFound(c);
    if (JOINABLE.includes(ticket.state)) {
      const { db, now } = c.get('deps');
      appendEvent(db, ticket.id, 'ticket.invitationClicked', 'guest', now(), {});
    }
    return respond(c, guestPage(ticket, true));
  });
  app.get(agent, (c) => {
    const ticket = linkedTicket(c, 'agent');
    return ticket ? respond(c, agentPage(c, ticket)) : notFound(c);
  });
  // Anything else under the two prefixes (a token cut short, a trailing path) leads nowhere.
  app.all(`${LINK_PREFIXES.guest}/*`, notFound);
  app.all(`${LINK_PREFIXES.agent}/*`, notFound);
  app.all(LINK_PREFIXES.guest, notFound);
  app.all(LINK_PREFIXES.agent, notFound);
  return app;
}
