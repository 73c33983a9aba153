import '@mantine/core/styles/ActionIcon.css';
import '@mantine/core/styles/Button.css';
import '@mantine/core/styles/Loader.css';
import '@mantine/core/styles/Modal.css';
import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Overlay.css';
import { ActionIcon, Button, Group, Loader, Modal, Text } from '@mantine/core';
import { useWindowEvent } from '@mantine/hooks';
import { IconChevronLeft, IconChevronRight, IconDownload } from '@tabler/icons-react';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import type { Media } from '../../../contract/models.ts';
import { isTypingTarget } from './keyboard.ts';
import classes from './Lightbox.module.css';
import { MediaMetadata } from './MediaMetadata.tsx';
import { MediaViewer } from './MediaViewer.tsx';

type MediaLightboxProps = {
  opened: boolean;
  media: Media | null;
  /** Shown instead of the media when it could not be loaded. */
  errorMessage?: string;
  /** 1-based position among the gallery's medias, when the media is one of them. */
  position: number | null;
  total: number;
  /** Absent when there is nothing before / after. */
  onPrevious?: () => void;
  onNext?: () => void;
  onClose: () => void;
};

/** The full-screen viewer: ← → move, Esc closes (Mantine's Modal handles Esc and focus). */
export function MediaLightbox({
  opened,
  media,
  errorMessage,
  position,
  total,
  onPrevious,
  onNext,
  onClose,
}: MediaLightboxProps) {
  const { t } = useI18n();
  const title = media ? media.title || t('media.untitled') : t('media.lightbox.label');

  useWindowEvent('keydown', (event) => {
    if (!opened || event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
    if (event.key === 'ArrowLeft' && onPrevious) onPrevious();
    else if (event.key === 'ArrowRight' && onNext) onNext();
    else return;
    event.preventDefault();
  });

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      fullScreen
      padding={0}
      transitionProps={{ duration: 0 }}
      closeButtonProps={{ 'aria-label': t('media.lightbox.close') }}
      title={
        <Group gap="sm" wrap="nowrap">
          <Text fw={600} truncate>
            {title}
          </Text>
          {position !== null && (
            <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
              {t('media.lightbox.position', { position, total })}
            </Text>
          )}
        </Group>
      }
      classNames={{ body: classes.modalBody, header: classes.modalHeader, title: classes.modalTitle }}
    >
      <div className={classes.layout}>
        <div className={classes.viewer}>
          {media ? (
            <MediaViewer key={media.id} media={media} />
          ) : errorMessage ? (
            <Text c="white" p="xl" role="alert">
              {errorMessage}
            </Text>
          ) : (
            <Loader color="gray" aria-label={t('common.loading')} />
          )}
          <ActionIcon
            className={classes.navPrevious}
            size="xl"
            radius="xl"
            variant="filled"
            color="dark"
            onClick={onPrevious}
            disabled={!onPrevious}
            aria-label={t('media.lightbox.previous')}
          >
            <IconChevronLeft aria-hidden />
          </ActionIcon>
          <ActionIcon
            className={classes.navNext}
            size="xl"
            radius="xl"
            variant="filled"
            color="dark"
            onClick={onNext}
            disabled={!onNext}
            aria-label={t('media.lightbox.next')}
          >
            <IconChevronRight aria-hidden />
          </ActionIcon>
        </div>
        <aside className={classes.aside}>
          {media && (
            <>
              <Button
                component="a"
                href={media.url}
                download
                fullWidth
                mb="md"
                leftSection={<IconDownload size={16} aria-hidden />}
                disabled={media.status !== 'completed'}
              >
                {t('media.lightbox.download')}
              </Button>
              <MediaMetadata media={media} />
            </>
          )}
          <Text size="xs" c="dimmed" mt="md">
            {t('media.lightbox.keys')}
          </Text>
        </aside>
      </div>
    </Modal>
  );
}
