import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { I18nProvider } from '../../lib/i18n/I18nProvider.tsx';
import { DeferredNotifications } from './DeferredNotifications.tsx';
import { ThemeProvider } from './ThemeProvider.tsx';

/** Theme (colour scheme remembered), notifications, server-state cache and translations. */
export function AppProviders({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  return (
    <ThemeProvider>
      <I18nProvider>
        <QueryClientProvider client={queryClient}>
          <DeferredNotifications />
          {children}
        </QueryClientProvider>
      </I18nProvider>
    </ThemeProvider>
  );
}
