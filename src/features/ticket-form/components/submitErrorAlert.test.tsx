import { screen } from '@testing-library/react';
import { ApiError } from '../../../lib/api/errors.ts';
import { renderWithProviders } from '../../../test/TestProviders.tsx';
import { SubmitErrorAlert } from './SubmitErrorAlert.tsx';

const timeout = new ApiError(504, 'Apizee is not answering, try again in a moment', {
  code: 504,
  message: 'Apizee is not answering, try again in a moment',
});

describe('SubmitErrorAlert', () => {
  it('says Apizee is not answering on a 504, that the input is kept, and offers a retry', async () => {
    await renderWithProviders(<SubmitErrorAlert error={timeout} onRetry={() => {}} retrying={false} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Apizee is not answering. Try again in a moment.');
    expect(alert).toHaveTextContent('Nothing you typed is lost.');
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('says it in French too', async () => {
    await renderWithProviders(<SubmitErrorAlert error={timeout} onRetry={() => {}} retrying={false} />, {
      locale: 'fr',
    });
    expect(screen.getByRole('alert')).toHaveTextContent('Apizee ne répond pas.');
  });
});
