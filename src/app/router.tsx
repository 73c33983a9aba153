import type { ComponentType } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { LoadingState } from '../components/feedback/LoadingState.tsx';
import { RouteErrorBoundary } from '../components/feedback/RouteErrorBoundary.tsx';
import { AuthenticatedShell } from './AuthenticatedShell.tsx';
import { RequireAuth } from './auth/RequireAuth.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { paths, routePatterns } from './paths.ts';

type PageModule = { default: ComponentType };

/** A route whose page is its own chunk, loaded on first visit, with its own error boundary. */
function page(path: string | undefined, load: () => Promise<PageModule>): RouteObject {
  return {
    path,
    lazy: async () => ({ Component: (await load()).default }),
    ErrorBoundary: RouteErrorBoundary,
  };
}

const loadDetail = () => import('../pages/ticket-detail/TicketDetailPage.tsx');

export const routes: RouteObject[] = [
  {
    ErrorBoundary: RouteErrorBoundary,
    HydrateFallback: LoadingState,
    children: [
      page(routePatterns.login, () => import('../pages/login/LoginPage.tsx')),
      {
        Component: RequireAuth,
        ErrorBoundary: RouteErrorBoundary,
        children: [
          {
            Component: AuthenticatedShell,
            ErrorBoundary: RouteErrorBoundary,
            children: [
              { index: true, element: <Navigate to={paths.tickets()} replace /> },
              page(routePatterns.tickets, () => import('../pages/tickets-list/TicketsListPage.tsx')),
              page(routePatterns.newTicket, () => import('../pages/ticket-form/TicketCreatePage.tsx')),
              page(routePatterns.editTicket, () => import('../pages/ticket-form/TicketEditPage.tsx')),
              page(routePatterns.ticketMedia, loadDetail),
              page(routePatterns.ticketTab, loadDetail),
              page(routePatterns.ticket, loadDetail),
              page(routePatterns.supervision, () => import('../pages/supervision/SupervisionPage.tsx')),
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
