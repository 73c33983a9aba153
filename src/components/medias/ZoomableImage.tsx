import '@mantine/core/styles/ActionIcon.css';
import '@mantine/core/styles/Tooltip.css';
import { ActionIcon, Group, Text, Tooltip } from '@mantine/core';
import { useWindowEvent } from '@mantine/hooks';
import { IconZoomIn, IconZoomOut, IconZoomReset } from '@tabler/icons-react';
import { useRef } from 'react';
import { useI18n } from '../../app/i18n/useI18n.ts';
import { isTypingTarget } from './keyboard.ts';
import classes from './Lightbox.module.css';
import { useZoomPan } from './useZoomPan.ts';

type ZoomableImageProps = { src: string; alt: string; width: number | null; height: number | null };

/** An image that zooms with a click, the +/− keys or buttons, and pans by dragging when zoomed. */
export function ZoomableImage({ src, alt, width, height }: ZoomableImageProps) {
  const { t, formatNumber } = useI18n();
  const imageRef = useRef<HTMLImageElement>(null);
  const zoom = useZoomPan(imageRef);

  useWindowEvent('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
    if (event.key === '+' || event.key === '=') zoom.zoomIn();
    else if (event.key === '-' || event.key === '_') zoom.zoomOut();
    else if (event.key === '0') zoom.reset();
    else return;
    event.preventDefault();
  });

  return (
    <div className={classes.stage}>
      <img
        ref={imageRef}
        className={classes.image}
        src={src}
        alt={alt}
        width={width ?? undefined}
        height={height ?? undefined}
        draggable={false}
        data-zoomed={zoom.scale > 1 || undefined}
        style={{ transform: zoom.transform }}
        {...zoom.pointerHandlers}
      />
      <Group className={classes.zoomBar} gap={4}>
        <Tooltip label={t('media.lightbox.zoomOut')}>
          <ActionIcon
            variant="filled"
            color="dark"
            onClick={zoom.zoomOut}
            disabled={!zoom.canZoomOut}
            aria-label={t('media.lightbox.zoomOut')}
          >
            <IconZoomOut size={18} aria-hidden />
          </ActionIcon>
        </Tooltip>
        <Text size="xs" c="white" miw={88} ta="center" style={{ whiteSpace: 'nowrap' }} aria-live="polite">
          {t('media.lightbox.zoomLevel', { percent: formatNumber(Math.round(zoom.scale * 100)) })}
        </Text>
        <Tooltip label={t('media.lightbox.zoomIn')}>
          <ActionIcon
            variant="filled"
            color="dark"
            onClick={zoom.zoomIn}
            disabled={!zoom.canZoomIn}
            aria-label={t('media.lightbox.zoomIn')}
          >
            <IconZoomIn size={18} aria-hidden />
          </ActionIcon>
        </Tooltip>
        <Tooltip label={t('media.lightbox.zoomReset')}>
          <ActionIcon
            variant="filled"
            color="dark"
            onClick={zoom.reset}
            disabled={!zoom.canZoomOut}
            aria-label={t('media.lightbox.zoomReset')}
          >
            <IconZoomReset size={18} aria-hidden />
          </ActionIcon>
        </Tooltip>
      </Group>
    </div>
  );
}
