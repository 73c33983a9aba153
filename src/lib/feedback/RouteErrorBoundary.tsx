import { Anchor, Button, Container, Stack } from '@mantine/core';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { useI18n } from '../i18n/useI18n.ts';
import { paths } from '../routing/paths.ts';
import { EmptyState } from './EmptyState.tsx';
import { ErrorState } from './ErrorState.tsx';

/** A lazily loaded chunk that is gone: the app was redeployed while this tab stayed open. */
function isStaleChunk(error: unknown): boolean {
  return (
    error instanceof Error &&
    /dynamically imported module|Importing a module script failed/i.test(error.message)
  );
}

/** What a route shows when it throws while loading or rendering: the rest of the app keeps working. */
export function RouteErrorBoundary() {
  const error = useRouteError();
  const { t } = useI18n();
  const backToTickets = (
    <Anchor component={Link} to={paths.tickets.href()} size="sm">
      {t('feedback.backToTickets')}
    </Anchor>
  );

  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <Container size="sm" py="xl">
        <EmptyState
          title={t('feedback.notFound.title')}
          description={t('feedback.notFound.text')}
          actions={backToTickets}
        />
      </Container>
    );
  }
  return (
    <Container size="sm" py="xl">
      <Stack>
        {isStaleChunk(error) ? (
          <ErrorState error={null} title={t('feedback.newVersion')}>
            <Button size="xs" onClick={() => window.location.reload()}>
              {t('feedback.reload')}
            </Button>
          </ErrorState>
        ) : (
          <ErrorState error={error} onRetry={() => window.location.reload()}>
            {backToTickets}
          </ErrorState>
        )}
      </Stack>
    </Container>
  );
}
