/** Renders a component as the app does: Mantine, every message catalogue of `locale`, a router. */
import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import type { Locale } from '../lib/i18n/defineMessages.ts';
import { I18nProvider } from '../lib/i18n/I18nProvider.tsx';
import { FEATURE_NAMES, loadMessages } from '../lib/i18n/registry.ts';

export function TestProviders({ children, locale }: { children: ReactNode; locale: Locale }) {
  return (
    <MantineProvider>
      <I18nProvider locale={locale}>
        <MemoryRouter>{children}</MemoryRouter>
      </I18nProvider>
    </MantineProvider>
  );
}

export async function renderWithProviders(ui: ReactNode, options: { locale?: Locale } = {}) {
  const locale = options.locale ?? 'en';
  await loadMessages(FEATURE_NAMES, locale);
  return render(<TestProviders locale={locale}>{ui}</TestProviders>);
}
