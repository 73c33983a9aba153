import './app/styles.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { installUnauthorizedHandler } from './features/auth/unauthorized.ts';
import { AppProviders } from './app/providers/AppProviders.tsx';
import { createQueryClient } from './app/queryClient.ts';
import { createAppRouter } from './app/router.tsx';
import { getSessionQueryOptions } from './lib/api/auth/getSession.ts';
import { activeLocale, APP_FEATURES, loadMessages } from './lib/i18n/registry.ts';

// The app's messages, in the language it shows, before the first render; meanwhile the session
// request and the route's chunk (started by the router) are already on their way.
const appMessages = loadMessages(APP_FEATURES, activeLocale());

const queryClient = createQueryClient();
void queryClient.prefetchQuery(getSessionQueryOptions());
const router = createAppRouter();
installUnauthorizedHandler(queryClient, router);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Should they fail to load, the app still starts (texts show as their keys) rather than stay blank.
void appMessages
  .catch(() => undefined)
  .then(() =>
    createRoot(root).render(
      <StrictMode>
        <AppProviders queryClient={queryClient}>
          <RouterProvider router={router} />
        </AppProviders>
      </StrictMode>,
    ),
  );
