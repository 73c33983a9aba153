import '@mantine/core/styles/Anchor.css';
import '@mantine/core/styles/Badge.css';
import '@mantine/core/styles/DataList.css';
import { Anchor, Badge, DataList, Group, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import type { Media } from '../../../contract/models.ts';
import { openStreetMapUrl } from '../timeline/eventData.ts';
import { formatClock } from './mediaLabels.ts';

/** The metadata panel of the lightbox. */
export function MediaMetadata({ media }: { media: Media }) {
  const { t, formatBytes, formatDateTime, formatNumber } = useI18n();
  const rows: [string, ReactNode][] = [
    [t('media.meta.title'), media.title || t('media.untitled')],
    [t('media.meta.description'), media.description || null],
    [t('media.meta.type'), t(`media.type.${media.media_type}`)],
    [t('media.meta.source'), t(`media.source.${media.source}`)],
    [t('media.meta.status'), t(`media.status.${media.status}`)],
    [t('media.meta.format'), media.mime_type],
    [t('media.meta.size'), formatBytes(media.size)],
    [
      t('media.meta.dimensions'),
      media.width && media.height
        ? t('media.meta.dimensionsValue', { width: media.width, height: media.height })
        : null,
    ],
    [t('media.meta.duration'), media.duration !== null ? formatClock(media.duration) : null],
    [t('media.meta.author'), media.user?.username ?? null],
    [
      t('media.meta.tags'),
      media.tags.length ? (
        <Group gap={4}>
          {media.tags.map((tag) => (
            <Badge key={tag} size="sm" variant="light" tt="none">
              {tag}
            </Badge>
          ))}
        </Group>
      ) : null,
    ],
    [
      t('media.meta.location'),
      media.latitude !== null && media.longitude !== null ? (
        <Anchor
          href={openStreetMapUrl({ lat: media.latitude, lng: media.longitude })}
          target="_blank"
          rel="noopener noreferrer"
          size="sm"
        >
          {formatNumber(media.latitude)}, {formatNumber(media.longitude)}
        </Anchor>
      ) : null,
    ],
    [t('media.meta.date'), <time dateTime={media.created}>{formatDateTime(media.created)}</time>],
  ];
  return (
    <section aria-labelledby={`media-meta-${media.id}`}>
      <Title order={3} size="h5" id={`media-meta-${media.id}`} mb="xs">
        {t('media.meta.heading')}
      </Title>
      <DataList size="sm" gap={8} orientation="vertical">
        {rows
          .filter(([, value]) => value !== null && value !== '')
          .map(([label, value]) => (
            <DataList.Item key={label}>
              <DataList.ItemLabel>{label}</DataList.ItemLabel>
              <DataList.ItemValue style={{ overflowWrap: 'anywhere' }}>{value}</DataList.ItemValue>
            </DataList.Item>
          ))}
      </DataList>
    </section>
  );
}
