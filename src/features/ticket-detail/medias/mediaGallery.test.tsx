import { screen } from '@testing-library/react';
import type { Media } from '../../../contract/models.ts';
import { sampleMedia } from '../../../test/samples.ts';
import { renderWithProviders } from '../../../test/TestProviders.tsx';
import { MediaGallery } from './MediaGallery.tsx';

const media = (id: number, thumbnail_url: string | null): Media => sampleMedia(id, { thumbnail_url });

function gallery(medias: Media[], thumbnails: boolean) {
  return renderWithProviders(
    <MediaGallery
      medias={medias}
      total={medias.length}
      hrefFor={(m) => `/tickets/1/medias/${m.id}`}
      selected={new Set()}
      onToggle={() => {}}
      hasMore={false}
      loadingMore={false}
      onLoadMore={() => {}}
      thumbnails={thumbnails}
    />,
  );
}

describe('MediaGallery', () => {
  it('shows thumbnails, never the full downloads', async () => {
    const { container } = await gallery([media(1, '/api/v3/medias/1/thumbnail')], true);
    expect([...container.querySelectorAll('img')].map((img) => img.getAttribute('src'))).toEqual([
      '/api/v3/medias/1/thumbnail',
    ]);
  });

  it('without thumbnails upstream, a placeholder tile per media that says so, and no image request', async () => {
    const { container } = await gallery([media(1, null), media(2, null)], false);
    expect(container.querySelectorAll('img')).toHaveLength(0);
    expect(screen.getAllByText('No previews from this server')).toHaveLength(2);
    expect(screen.getAllByRole('link', { name: /Photo/ })).toHaveLength(2);
  });
});
