import type { Media } from '../../../contract/models.ts';
import classes from './Lightbox.module.css';

/**
 * The browser's own player: it asks for byte ranges, which the API serves with 206, so seeking works
 * without downloading the whole recording first.
 */
export function MediaPlayer({ media, label }: { media: Media; label: string }) {
  if (media.media_type === 'audio') {
    return (
      <div className={classes.stage}>
        <audio className={classes.audio} controls preload="metadata" src={media.url} aria-label={label} />
      </div>
    );
  }
  return (
    <div className={classes.stage}>
      <video
        className={classes.video}
        controls
        preload="metadata"
        playsInline
        src={media.url}
        poster={media.thumbnail_url ?? undefined}
        aria-label={label}
      />
    </div>
  );
}
