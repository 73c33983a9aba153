import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../../test/TestProviders.tsx';
import { SelectionBar, selectionDownload } from './SelectionBar.tsx';

const urls = {
  zipUrl: (ids: readonly number[]) => `/zip?ids=${ids.join(',')}`,
  fileUrl: (id: number) => (id === 404 ? null : `/file/${id}`),
};

describe('selectionDownload', () => {
  it('zips the chosen ids when upstream takes ids on the zip', () => {
    expect(selectionDownload([1, 2], { zipIds: true, ...urls })).toEqual({ zipUrl: '/zip?ids=1,2' });
  });

  it('without ids on the zip, never sends the selection (upstream would zip everything)', () => {
    expect(selectionDownload([1, 2], { zipIds: false, ...urls })).toEqual({ unavailable: true });
    expect(selectionDownload([7], { zipIds: false, ...urls })).toEqual({ fileUrl: '/file/7' });
    expect(selectionDownload([404], { zipIds: false, ...urls })).toEqual({ unavailable: true });
  });
});

describe('SelectionBar', () => {
  it('offers the zip of the selection', async () => {
    await renderWithProviders(<SelectionBar count={2} download={{ zipUrl: '/zip' }} onClear={() => {}} />);
    expect(screen.getByRole('link', { name: 'Download selection (zip)' })).toHaveAttribute('href', '/zip');
  });

  it('downloads the one selected file when upstream cannot zip a selection', async () => {
    await renderWithProviders(
      <SelectionBar count={1} download={{ fileUrl: '/file/7' }} onClear={() => {}} />,
    );
    expect(screen.getByRole('link', { name: 'Download the selected file' })).toHaveAttribute(
      'href',
      '/file/7',
    );
  });

  it('says why a selection of several cannot be downloaded, in place', async () => {
    await renderWithProviders(
      <SelectionBar count={3} download={{ unavailable: true }} onClear={() => {}} />,
      { locale: 'fr' },
    );
    const button = screen.getByRole('button', { name: 'Télécharger la sélection (zip)' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAccessibleDescription(expect.stringContaining('ne sait pas zipper'));
    expect(screen.queryByRole('link')).toBeNull();
  });
});
