import '@mantine/core/styles/ActionIcon.css';
import '@mantine/core/styles/Tooltip.css';
import { ActionIcon, Group, Text, Tooltip } from '@mantine/core';
import { useWindowEvent } from '@mantine/hooks';
import { IconZoomIn, IconZoomOut, IconZoomReset } from '@tabler/icons-react';
import { useRef, type ReactNode } from 'react';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
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
        <ZoomButton
          label={t('media.lightbox.zoomOut')}
          onClick={zoom.zoomOut}
          disabled={!zoom.canZoomOut}
          icon={<IconZoomOut size={18} aria-hidden />}
        />
        <Text size="xs" c="white" miw={88} ta="center" style={{ whiteSpace: 'nowrap' }} aria-live="polite">
          {t('media.lightbox.zoomLevel', { percent: formatNumber(Math.round(zoom.scale * 100)) })}
        </Text>
        <ZoomButton
          label={t('media.lightbox.zoomIn')}
          onClick={zoom.zoomIn}
          disabled={!zoom.canZoomIn}
          icon={<IconZoomIn size={18} aria-hidden />}
        />
        <ZoomButton
          label={t('media.lightbox.zoomReset')}
          onClick={zoom.reset}
          disabled={!zoom.canZoomOut}
          icon={<IconZoomReset size={18} aria-hidden />}
        />
      </Group>
    </div>
  );
}

type ZoomButtonProps = { label: string; onClick: () => void; disabled: boolean; icon: ReactNode };

/** One button of the zoom bar: the label is both its tooltip and its accessible name. */
function ZoomButton({ label, onClick, disabled, icon }: ZoomButtonProps) {
  return (
    <Tooltip label={label}>
      <ActionIcon variant="filled" color="dark" onClick={onClick} disabled={disabled} aria-label={label}>
        {icon}
      </ActionIcon>
    </Tooltip>
  );
}
