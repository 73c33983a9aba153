import type { ComponentType } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { LoadingState } from '../lib/feedback/LoadingState.tsx';
import { RouteErrorBoundary } from '../lib/feedback/RouteErrorBoundary.tsx';
import { AuthenticatedShell } from './shell/AuthenticatedShell.tsx';
import { RequireAuth } from '../features/auth/RequireAuth.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { paths } from '../lib/routing/paths.ts';
import { activeLocale, loadMessages, type Feature } from '../lib/i18n/registry.ts';
import { DETAIL_MESSAGES } from '../lib/i18n/routes/detail.ts';
import { FORM_MESSAGES } from '../lib/i18n/routes/form.ts';
import { SUPERVISION_MESSAGES } from '../lib/i18n/routes/supervision.ts';
// The list is where a signed-in user lands: in the entry chunk, so it renders without another round
// trip (and the first load compresses as one file); only its messages are fetched.
import TicketsListPage from '../features/tickets-list/TicketsListPage.tsx';

type PageModule = { default: ComponentType };

/**
 * A route whose page is its own chunk, loaded on first visit with its messages in the active
 * language, and with its own error boundary.
 */
function page(
  path: string | undefined,
  load: () => Promise<PageModule>,
  messages: readonly Feature[] = [],
): RouteObject {
  return {
    path,
    lazy: async () => {
      const [module] = await Promise.all([load(), loadMessages(messages, activeLocale())]);
      return { Component: module.default };
    },
    ErrorBoundary: RouteErrorBoundary,
  };
}

const loadDetail = () => import('../features/ticket-detail/TicketDetailPage.tsx');

export const routes: RouteObject[] = [
  {
    ErrorBoundary: RouteErrorBoundary,
    HydrateFallback: LoadingState,
    children: [
      page(paths.login.path, () => import('../features/auth/LoginPage.tsx'), ['login']),
      {
        Component: RequireAuth,
        ErrorBoundary: RouteErrorBoundary,
        children: [
          {
            Component: AuthenticatedShell,
            ErrorBoundary: RouteErrorBoundary,
            children: [
              { index: true, element: <Navigate to={paths.tickets.href()} replace /> },
              page(paths.tickets.path, () => Promise.resolve({ default: TicketsListPage }), ['list']),
              page(
                paths.newTicket.path,
                () => import('../features/ticket-form/TicketCreatePage.tsx'),
                FORM_MESSAGES,
              ),
              page(
                paths.editTicket.path,
                () => import('../features/ticket-form/TicketEditPage.tsx'),
                FORM_MESSAGES,
              ),
              page(paths.ticketMedia.path, loadDetail, DETAIL_MESSAGES),
              page(paths.ticketTab.path, loadDetail, DETAIL_MESSAGES),
              page(paths.ticket.path, loadDetail, DETAIL_MESSAGES),
              page(
                paths.supervision.path,
                () => import('../features/supervision/SupervisionPage.tsx'),
                SUPERVISION_MESSAGES,
              ),
              { path: '*', Component: NotFoundPage },
            ],
          },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
