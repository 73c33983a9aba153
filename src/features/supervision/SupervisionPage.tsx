import { Stack, Text, Title } from '@mantine/core';
import { Navigate } from 'react-router';
import { useCurrentUser } from '../../lib/api/auth/getSession.ts';
import { canSupervise } from '../../lib/api/auth/roles.ts';
import { useI18n } from '../../lib/i18n/useI18n.ts';
import { paths } from '../../lib/routing/paths.ts';

/** Placeholder until the supervision issue: reachable by supervisors and admins only. */
export default function SupervisionPage() {
  const { t } = useI18n();
  const user = useCurrentUser();
  if (!canSupervise(user)) return <Navigate to={paths.tickets.href()} replace />;
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('supervision.title')}
      </Title>
      <Text c="dimmed">{t('supervision.placeholder')}</Text>
    </Stack>
  );
}
