import '@mantine/core/styles/Skeleton.css';
import { Skeleton, VisuallyHidden } from '@mantine/core';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import classes from './Medias.module.css';

/** Placeholder tiles while the first page of medias loads. */
export function MediaGallerySkeleton({ tiles = 12 }: { tiles?: number }) {
  const { t } = useI18n();
  return (
    <div role="status" aria-live="polite">
      <VisuallyHidden>{t('common.loading')}</VisuallyHidden>
      <ul className={classes.grid} aria-hidden>
        {Array.from({ length: tiles }, (_, index) => (
          <li key={index}>
            <Skeleton radius="md" style={{ aspectRatio: '4 / 3' }} />
            <Skeleton height={12} mt={8} width="70%" />
          </li>
        ))}
      </ul>
    </div>
  );
}
