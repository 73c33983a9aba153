import '@mantine/core/styles/Button.css';
import '@mantine/core/styles/Menu.css';
import '@mantine/core/styles/Popover.css';
import { Button, Group, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronDown, IconLink, IconSend, IconVideo } from '@tabler/icons-react';
import type { InvitationChannel } from '../../../contract/enums.ts';
import type { Ticket } from '../../../contract/models.ts';
import {
  canJoinCall,
  invitationBlock,
  invitationChannels,
  isResend,
} from '../../../contract/ticketActions.ts';
import { useCallLinks } from '../../../lib/api/tickets/getTicketLinks.ts';
import { refusalReason } from '../../../lib/api/tickets/refusal.ts';
import { useInviteWithNotice } from '../../../lib/feedback/useInviteWithNotice.ts';
import { useErrorText } from '../../../lib/feedback/errorMessage.ts';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import { UnavailableButton } from '../../../lib/ui/UnavailableButton.tsx';

type CallActionsProps = {
  ticket: Ticket;
  /** Why this person cannot work on tickets at all (a role we do not know), or null. */
  blockedReason: string | null;
};

/**
 * The agent's core loop: invite the customer (by the channels the ticket has contacts for), join the
 * call, hand the customer their link. The links cost an upstream call: fetched on the first click only.
 */
export function CallActions({ ticket, blockedReason }: CallActionsProps) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const inviting = useInviteWithNotice();
  const links = useCallLinks();

  const block = invitationBlock(ticket);
  const inviteReason = blockedReason ?? (block ? t(`detail.invite.blocked.${block}`) : null);
  const callReason = blockedReason ?? (canJoinCall(ticket) ? null : t('detail.call.blocked'));
  const channels = invitationChannels(ticket);
  const inviteLabel = isResend(ticket) ? t('detail.invite.resend') : t('detail.invite.send');
  const channelLabel = (channel: InvitationChannel) => t(`detail.invite.channel.${channel}`);

  const failed = (
    key: 'detail.invite.failed' | 'detail.call.linksFailed' | 'detail.call.copyFailed',
    error: unknown,
  ) =>
    notifications.show({
      color: 'red',
      autoClose: 8000,
      message: t(key, { reason: refusalReason(error) ?? errorText(error) }),
    });

  const invite = (channel: InvitationChannel) => {
    inviting.invite(ticket, channel).catch((error: unknown) => failed('detail.invite.failed', error));
  };

  const join = async () => {
    try {
      if ((await links.join(ticket.id)) === 'popupBlocked')
        notifications.show({ color: 'red', message: t('detail.call.popupBlocked') });
    } catch (error) {
      failed('detail.call.linksFailed', error);
    }
  };

  const copyGuestLink = async () => {
    try {
      const copied = (await links.copyGuestLink(ticket.id)) === 'copied';
      notifications.show(
        copied
          ? { color: 'green', message: t('detail.call.copied') }
          : {
              color: 'red',
              message: t('detail.call.copyFailed', { reason: t('detail.call.clipboardDenied') }),
            },
      );
    } catch (error) {
      failed('detail.call.linksFailed', error);
    }
  };

  const sendIcon = <IconSend size={16} aria-hidden />;
  let inviteControl;
  if (inviteReason) {
    inviteControl = (
      <UnavailableButton variant="filled" leftSection={sendIcon} reason={inviteReason}>
        {inviteLabel}
      </UnavailableButton>
    );
  } else if (channels.length === 1) {
    inviteControl = (
      <Button leftSection={sendIcon} loading={inviting.isPending} onClick={() => invite(channels[0]!)}>
        {`${inviteLabel} · ${channelLabel(channels[0]!)}`}
      </Button>
    );
  } else {
    inviteControl = (
      <Menu position="bottom-start" shadow="md" withinPortal>
        <Menu.Target>
          <Button
            leftSection={sendIcon}
            rightSection={<IconChevronDown size={14} aria-hidden />}
            loading={inviting.isPending}
          >
            {inviteLabel}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{t('detail.invite.menuLabel')}</Menu.Label>
          {channels.map((channel) => (
            <Menu.Item key={channel} onClick={() => invite(channel)}>
              {channelLabel(channel)}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
    );
  }

  return (
    <Group gap="xs" role="group" aria-label={t('detail.call.label')}>
      {inviteControl}
      {callReason ? (
        <>
          <UnavailableButton
            variant="light"
            leftSection={<IconVideo size={16} aria-hidden />}
            reason={callReason}
          >
            {t('detail.call.join')}
          </UnavailableButton>
          <UnavailableButton
            variant="default"
            leftSection={<IconLink size={16} aria-hidden />}
            reason={callReason}
          >
            {t('detail.call.copyGuestLink')}
          </UnavailableButton>
        </>
      ) : (
        <>
          <Button
            variant="light"
            leftSection={<IconVideo size={16} aria-hidden />}
            onClick={() => void join()}
          >
            {t('detail.call.join')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconLink size={16} aria-hidden />}
            onClick={() => void copyGuestLink()}
          >
            {t('detail.call.copyGuestLink')}
          </Button>
        </>
      )}
    </Group>
  );
}
