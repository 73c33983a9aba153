import '@mantine/core/styles/Menu.css';
import '@mantine/core/styles/Popover.css';
import { Menu, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconDots,
  IconExternalLink,
  IconLink,
  IconSend,
  IconUserCheck,
  IconVideo,
} from '@tabler/icons-react';
import { useEffect, useRef, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { InvitationChannel } from '../../../contract/enums.ts';
import type { Ticket } from '../../../contract/models.ts';
import {
  canJoinCall,
  invitationBlock,
  invitationChannels,
  isResend,
} from '../../../contract/ticketActions.ts';
import { useCurrentUser } from '../../../lib/api/auth/getSession.ts';
import { canWork } from '../../../lib/api/auth/roles.ts';
import { useCallLinks } from '../../../lib/api/tickets/getTicketLinks.ts';
import { refusalReason } from '../../../lib/api/tickets/refusal.ts';
import { useInviteWithNotice } from '../../../lib/feedback/useInviteWithNotice.ts';
import { useErrorText } from '../../../lib/feedback/errorMessage.ts';
import { useAssignToMeWithUndo } from '../../../lib/feedback/useAssignToMeWithUndo.ts';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import { paths } from '../../../lib/routing/paths.ts';
import classes from './TicketTable.module.css';

type RowActionsMenuProps = { ticket: Ticket; label: string };

function Item({
  icon,
  disabledReason,
  onClick,
  children,
}: {
  icon: ReactNode;
  disabledReason: string | null;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <Menu.Item leftSection={icon} disabled={disabledReason !== null} onClick={onClick}>
      {children}
      {disabledReason && (
        <Text size="xs" c="dimmed" maw={260}>
          {disabledReason}
        </Text>
      )}
    </Menu.Item>
  );
}

/** The row menu itself, opened as it loads (the click that asked for it opened it). */
export default function RowActionsMenu({ ticket, label }: RowActionsMenuProps) {
  const { t } = useI18n();
  const user = useCurrentUser();
  const errorText = useErrorText();
  const inviting = useInviteWithNotice();
  const assigning = useAssignToMeWithUndo();
  const links = useCallLinks();
  const target = useRef<HTMLButtonElement>(null);
  useEffect(() => target.current?.focus(), []);

  const channel: InvitationChannel | undefined = invitationChannels(ticket)[0];
  const block = invitationBlock(ticket);
  const cannotWork = canWork(user) ? null : t('detail.cannotWork');
  const inviteReason = cannotWork ?? (block ? t(`detail.invite.blocked.${block}`) : null);
  const callReason = cannotWork ?? (canJoinCall(ticket) ? null : t('detail.call.blocked'));
  const assignReason = assigning.unavailableReason(ticket);
  const reasonOf = (error: unknown) => refusalReason(error) ?? errorText(error);
  const failed =
    (key: 'detail.invite.failed' | 'detail.call.linksFailed' | 'detail.refused') => (error: unknown) =>
      notifications.show({ color: 'red', autoClose: 8000, message: t(key, { reason: reasonOf(error) }) });

  // Promises, not mutate's callbacks: the row (and this menu) may be drawn again from the live list
  // before the answer comes, and mutate's callbacks die with the component that called it.
  const invite = () => {
    if (channel) inviting.invite(ticket, channel).catch(failed('detail.invite.failed'));
  };

  const join = () =>
    links
      .join(ticket.id)
      .then((result) => {
        if (result === 'popupBlocked')
          notifications.show({ color: 'red', message: t('detail.call.popupBlocked') });
      })
      .catch(failed('detail.call.linksFailed'));

  const copy = () =>
    links
      .copyGuestLink(ticket.id)
      .then((result) =>
        notifications.show(
          result === 'copied'
            ? { color: 'green', message: t('detail.call.copied') }
            : {
                color: 'red',
                message: t('detail.call.copyFailed', { reason: t('detail.call.clipboardDenied') }),
              },
        ),
      )
      .catch(failed('detail.call.linksFailed'));

  const assignToMe = () => void assigning.assignToMe(ticket);

  return (
    <Menu defaultOpened position="bottom-end" shadow="md" withinPortal>
      <Menu.Target>
        <button type="button" ref={target} className={classes.rowMenuButton} aria-label={label}>
          <IconDots size={18} aria-hidden />
        </button>
      </Menu.Target>
      <Menu.Dropdown aria-label={label}>
        <Item icon={<IconSend size={16} aria-hidden />} disabledReason={inviteReason} onClick={invite}>
          {isResend(ticket) ? t('detail.invite.resend') : t('detail.invite.send')}
        </Item>
        <Item
          icon={<IconVideo size={16} aria-hidden />}
          disabledReason={callReason}
          onClick={() => void join()}
        >
          {t('detail.call.join')}
        </Item>
        <Item
          icon={<IconLink size={16} aria-hidden />}
          disabledReason={callReason}
          onClick={() => void copy()}
        >
          {t('detail.call.copyGuestLink')}
        </Item>
        <Item
          icon={<IconUserCheck size={16} aria-hidden />}
          disabledReason={assignReason}
          onClick={assignToMe}
        >
          {t('detail.assignment.toMe')}
        </Item>
        <Menu.Divider />
        <Menu.Item
          component={Link}
          to={paths.ticket.href(ticket.id)}
          leftSection={<IconExternalLink size={16} aria-hidden />}
        >
          {t('detail.open')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
