import '@mantine/core/styles/Skeleton.css';
import '@mantine/core/styles/SimpleGrid.css';
import { SimpleGrid, Skeleton, Stack, VisuallyHidden } from '@mantine/core';
import { useI18n } from '../../../lib/i18n/useI18n.ts';

/** The page's shape while the ticket loads, so nothing jumps when it arrives. */
export function TicketDetailSkeleton() {
  const { t } = useI18n();
  return (
    <Stack gap="lg" role="status" aria-live="polite">
      <VisuallyHidden>{t('detail.loading')}</VisuallyHidden>
      <Stack gap={8} aria-hidden>
        <Skeleton height={14} width={120} />
        <Skeleton height={30} width="60%" />
        <Skeleton height={14} width="40%" />
      </Stack>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} aria-hidden>
        {[0, 1, 2].map((index) => (
          <Skeleton key={index} height={180} radius="md" />
        ))}
      </SimpleGrid>
      <Skeleton height={240} radius="md" aria-hidden />
    </Stack>
  );
}
