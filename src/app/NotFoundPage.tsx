import { Anchor, Container } from '@mantine/core';
import { Link } from 'react-router';
import { EmptyState } from '../lib/feedback/EmptyState.tsx';
import { useI18n } from '../lib/i18n/useI18n.ts';
import { paths } from '../lib/routing/paths.ts';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <Container size="sm" py="xl">
      <EmptyState
        title={t('feedback.notFound.title')}
        description={t('feedback.notFound.text')}
        actions={
          <Anchor component={Link} to={paths.tickets.href()}>
            {t('feedback.backToTickets')}
          </Anchor>
        }
      />
    </Container>
  );
}
