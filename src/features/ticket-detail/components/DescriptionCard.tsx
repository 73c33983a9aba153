import '@mantine/core/styles/Typography.css';
import { Text, Typography } from '@mantine/core';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import { SafeHtml } from '../../../lib/html/SafeHtml.tsx';
import { SectionCard } from './SectionCard.tsx';

/** The ticket's description: HTML from the API, sanitized before it is rendered. */
export function DescriptionCard({ html }: { html: string }) {
  const { t } = useI18n();
  return (
    <SectionCard title={t('detail.description.heading')}>
      {html.trim() ? (
        <Typography fz="sm">
          <SafeHtml html={html} />
        </Typography>
      ) : (
        <Text size="sm" c="dimmed">
          {t('detail.description.empty')}
        </Text>
      )}
    </SectionCard>
  );
}
