import '@mantine/core/styles/Tabs.css';
import '@mantine/core/styles/SimpleGrid.css';
import { Anchor, Button, Container, Group, SimpleGrid, Stack, Tabs } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useEffect } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useCurrentUser } from '../../lib/api/auth/getSession.ts';
import { isApiError } from '../../lib/api/errors.ts';
import { useTicket } from '../../lib/api/tickets/getTicket.ts';
import { registerDetailMessages } from '../../lib/i18n/routes/detail.ts';
import { useI18n } from '../../lib/i18n/useI18n.ts';
import { paths, type TicketTab } from '../../lib/routing/paths.ts';
import { lastListView } from '../../lib/list-view/ticketListView.ts';
import { EmptyState } from '../../lib/feedback/EmptyState.tsx';
import { ErrorState } from '../../lib/feedback/ErrorState.tsx';
import { DescriptionCard } from './components/DescriptionCard.tsx';
import { RequestorCard } from './components/RequestorCard.tsx';
import { ScheduleCard } from './components/ScheduleCard.tsx';
import { TicketDetailSkeleton } from './components/TicketDetailSkeleton.tsx';
import { TicketHeading } from './components/TicketHeading.tsx';
import { TicketPager } from './components/TicketPager.tsx';
import { AssignmentSection } from './AssignmentSection.tsx';
import { MediasTab } from './MediasTab.tsx';
import { canWork } from '../../lib/api/auth/roles.ts';
import { TicketActions } from './TicketActions.tsx';
import { CallActions } from './components/CallActions.tsx';
import { TimelineTab } from './TimelineTab.tsx';
import { useAdjacentTickets } from './useAdjacentTickets.ts';
import { useTicketChanges } from './useTicketChanges.ts';

registerDetailMessages();

const TABS: readonly TicketTab[] = ['timeline', 'medias'];

function positiveId(value: string | undefined): number | null {
  return value && /^\d{1,12}$/.test(value) && Number(value) > 0 ? Number(value) : null;
}

/** `/tickets/:id`, `/tickets/:id/:tab` and `/tickets/:id/medias/:mediaId`. */
export default function TicketDetailPage() {
  const params = useParams();
  const ticketId = positiveId(params.id);
  const mediaId = params.mediaId === undefined ? null : positiveId(params.mediaId);
  const tab = params.mediaId !== undefined ? 'medias' : (params.tab ?? 'timeline');
  const validRoute =
    ticketId !== null &&
    (TABS as readonly string[]).includes(tab) &&
    (params.mediaId === undefined || mediaId !== null);
  return (
    <Container size="xl" px={0}>
      {validRoute ? (
        <TicketDetail ticketId={ticketId} tab={tab as TicketTab} mediaId={mediaId} />
      ) : (
        <TicketUnavailable />
      )}
    </Container>
  );
}

function BackToList() {
  const { t } = useI18n();
  return (
    <Anchor component={Link} to={paths.tickets.href(lastListView())} size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={14} aria-hidden />
        {t('detail.backToList')}
      </Group>
    </Anchor>
  );
}

function TicketUnavailable() {
  const { t } = useI18n();
  return (
    <EmptyState
      title={t('detail.unavailable.title')}
      description={t('detail.unavailable.message')}
      actions={
        <Button component={Link} to={paths.tickets.href(lastListView())} variant="default">
          {t('detail.backToList')}
        </Button>
      }
    />
  );
}

function TicketDetail({
  ticketId,
  tab,
  mediaId,
}: {
  ticketId: number;
  tab: TicketTab;
  mediaId: number | null;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const ticket = useTicket(ticketId);
  const changes = useTicketChanges(ticketId);
  const adjacent = useAdjacentTickets(ticketId, tab);

  const subject = ticket.data?.subject;
  useEffect(() => {
    document.title = `${subject || t('detail.pageTitle', { id: ticketId })} · ${t('app.name')}`;
  }, [subject, ticketId, t]);

  if (ticket.isPending) return <TicketDetailSkeleton />;
  if (ticket.isError) {
    if (isApiError(ticket.error, 404) || isApiError(ticket.error, 403)) return <TicketUnavailable />;
    return (
      <ErrorState error={ticket.error} onRetry={() => void ticket.refetch()} retrying={ticket.isFetching}>
        <BackToList />
      </ErrorState>
    );
  }

  const data = ticket.data;
  return (
    <Stack gap="lg">
      <Group justify="space-between" gap="sm">
        <BackToList />
        {adjacent && <TicketPager {...adjacent} />}
      </Group>
      <TicketHeading
        ticket={data}
        actions={
          <TicketActions
            ticket={data}
            onChangeState={(state) => void changes.changeState(data, state)}
            changing={changes.pending}
          />
        }
      />
      {/* Under the heading on the left, where the notifications its buttons raise (top right) never cover it. */}
      <CallActions ticket={data} blockedReason={canWork(user) ? null : t('detail.cannotWork')} />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
        <RequestorCard requestor={data.requestor} />
        <ScheduleCard ticket={data} />
        <AssignmentSection
          ticket={data}
          onReassign={(assignment) => changes.reassign(data, assignment)}
          onAssignToMe={() => void changes.assignToMe(data, user)}
          pending={changes.pending}
        />
      </SimpleGrid>
      <DescriptionCard html={data.description} />
      <Tabs
        value={tab}
        onChange={(value) => value && void navigate(paths.ticket.href(ticketId, value as TicketTab))}
        keepMounted={false}
        aria-label={t('detail.tabs.label')}
      >
        <Tabs.List>
          <Tabs.Tab value="timeline">{t('detail.tabs.timeline')}</Tabs.Tab>
          <Tabs.Tab value="medias">{t('detail.tabs.medias')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="timeline" pt="md">
          <TimelineTab ticketId={ticketId} />
        </Tabs.Panel>
        <Tabs.Panel value="medias" pt="md">
          <MediasTab ticketId={ticketId} mediaId={mediaId} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
