import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../test/TestProviders.tsx';
import { ListEmptyState } from './ListEmptyState.tsx';
import { UnsupportedFiltersNotice } from './UnsupportedFiltersNotice.tsx';

const base = { chips: [], beyondEnd: false, onReset: () => {}, onFirstPage: () => {} };

describe('ListEmptyState', () => {
  it('links to everything I can see when upstream has the user scopes', async () => {
    await renderWithProviders(<ListEmptyState {...base} showMore={{ href: '/tickets?user=visible' }} />);
    expect(screen.getByRole('link', { name: 'Show everything I can see' })).toHaveAttribute(
      'href',
      '/tickets?user=visible',
    );
  });

  it('offers an admin the documented user=all instead', async () => {
    await renderWithProviders(
      <ListEmptyState
        {...base}
        showMore={{ href: '/tickets?user=all', label: 'Show every ticket of the enterprise' }}
      />,
    );
    expect(screen.getByRole('link', { name: 'Show every ticket of the enterprise' })).toHaveAttribute(
      'href',
      '/tickets?user=all',
    );
  });

  it('says why, in place, when upstream cannot show more', async () => {
    await renderWithProviders(<ListEmptyState {...base} showMore={{ unavailable: 'No scopes here.' }} />);
    const button = screen.getByRole('button', { name: 'Show everything I can see' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAccessibleDescription('No scopes here.');
    expect(screen.queryByRole('link')).toBeNull();
  });
});

describe('UnsupportedFiltersNotice', () => {
  it('names each filter a link asked for that was left out', async () => {
    await renderWithProviders(<UnsupportedFiltersNotice filters={['states', 'service']} />, { locale: 'fr' });
    expect(screen.getByRole('status')).toHaveTextContent('Affiché sans certains filtres de ce lien');
    expect(screen.getByText('Ce serveur ne sait pas filtrer les tickets par état.')).toBeInTheDocument();
    expect(
      screen.getByText('Ce serveur ne sait pas lister tous les services d’un coup.'),
    ).toBeInTheDocument();
  });
});
