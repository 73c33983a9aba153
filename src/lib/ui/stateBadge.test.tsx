import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../test/TestProviders.tsx';
import { StateBadge } from './StateBadge.tsx';

describe('StateBadge', () => {
  it('translates a known state and gives it its family', async () => {
    await renderWithProviders(<StateBadge state="inprogress" />, { locale: 'fr' });
    const badge = screen.getByText('En cours').closest('[data-state]');
    expect(badge).toHaveAttribute('data-family', 'active');
    expect(badge).not.toHaveAttribute('title');
  });

  it('shows a state upstream added as it is, neutral, saying why', async () => {
    await renderWithProviders(<StateBadge state="updated" />);
    const badge = screen.getByText('updated').closest('[data-state]');
    expect(badge).toHaveAttribute('data-family', 'unknown');
    expect(badge).toHaveAttribute('title', expect.stringContaining('does not know'));
  });
});
