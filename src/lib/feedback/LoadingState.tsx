import { Center, Loader, Skeleton, Stack, VisuallyHidden } from '@mantine/core';
import { useI18n } from '../i18n/useI18n.ts';

/** A centred spinner announced to screen readers. */
export function LoadingState({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Loader size="md" aria-hidden />
      <VisuallyHidden>{label ?? t('common.loading')}</VisuallyHidden>
    </Center>
  );
}

/** Placeholder lines while a block of content loads. */
export function SkeletonLines({ lines = 4 }: { lines?: number }) {
  const { t } = useI18n();
  return (
    <Stack gap="sm" role="status" aria-label={t('common.loading')}>
      {Array.from({ length: lines }, (_, index) => (
        <Skeleton key={index} height={14} width={index === lines - 1 ? '60%' : '100%'} />
      ))}
    </Stack>
  );
}

/** Skeleton rows for a table body: same column count, so the layout does not jump. */
export function SkeletonRows({ rows, columns }: { rows: number; columns: number }) {
  return (
    <>
      {Array.from({ length: rows }, (_, row) => (
        <tr key={row} aria-hidden>
          {Array.from({ length: columns }, (_, column) => (
            <td key={column}>
              <Skeleton height={12} width={column === 2 ? '90%' : '70%'} />
            </td>
          ))}
        </tr>
      ))}
    </>
  );
}
