import '@mantine/core/styles/Button.css';
import '@mantine/core/styles/Menu.css';
import '@mantine/core/styles/Popover.css';
import { Button, Menu, Tooltip } from '@mantine/core';
import { IconArrowsExchange, IconChevronDown } from '@tabler/icons-react';
import { useRef, useState, type ReactElement } from 'react';
import { useI18n } from '../i18n/useI18n.ts';
import type { TicketState, TicketStateValue } from '../../contract/enums.ts';
import { nextAndOtherStates } from '../../contract/stateLifecycle.ts';
import { allowedTransitions } from '../../contract/transitions.ts';
import { STATE_COLORS } from './StateBadge.tsx';
import { ConfirmCloseModal } from './ConfirmCloseModal.tsx';

type StateMenuProps = {
  state: TicketStateValue;
  pending: boolean;
  onChange: (state: TicketState) => void;
  /** Why the person cannot change it at all (their role), when so. */
  blockedReason?: string | null;
  /**
   * Opened from elsewhere (the list's `s` key) instead of by its own button: the element the menu
   * hangs from and is named by, and the menu open until `onClose`.
   */
  anchor?: { target: ReactElement; onClose: () => void };
};

function StateDot({ state }: { state: TicketState }) {
  return (
    <span
      aria-hidden
      style={{
        display: 'inline-block',
        width: 10,
        height: 10,
        borderRadius: 5,
        background: `var(--mantine-color-${STATE_COLORS[state]}-6)`,
      }}
    />
  );
}

/**
 * Offers only the transitions the API allows from the current state: the next steps of the main path
 * first, the others after. Closing, which cannot be taken back upstream, asks once.
 */
export function StateMenu({ state, pending, onChange, blockedReason, anchor }: StateMenuProps) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  // Choosing Closed closes the menu on the way to its confirmation: an anchored menu must not end there.
  const askingToClose = useRef(false);
  const { next, other } = nextAndOtherStates(state, allowedTransitions(state));
  const reason = blockedReason ?? (next.length + other.length === 0 ? t('detail.state.none') : null);
  const button = (
    <Button
      variant="light"
      leftSection={<IconArrowsExchange size={16} aria-hidden />}
      rightSection={<IconChevronDown size={14} aria-hidden />}
      loading={pending}
      disabled={reason !== null}
    >
      {t('detail.state.change')}
    </Button>
  );
  if (reason !== null && !anchor) {
    return (
      <Tooltip label={reason}>
        <span>{button}</span>
      </Tooltip>
    );
  }
  const choose = (target: TicketState) => {
    if (target !== 'closed') return onChange(target);
    askingToClose.current = true;
    setConfirming(true);
  };
  const closeAnchored = (open: boolean) => {
    if (open || !anchor) return;
    if (askingToClose.current) askingToClose.current = false;
    else anchor.onClose();
  };
  const item = (target: TicketState) => (
    <Menu.Item key={target} onClick={() => choose(target)} leftSection={<StateDot state={target} />}>
      {t(`state.${target}`)}
    </Menu.Item>
  );
  return (
    <>
      <Menu
        position="bottom-end"
        shadow="md"
        withinPortal
        {...(anchor && { opened: !confirming, onChange: closeAnchored })}
      >
        <Menu.Target>{anchor?.target ?? button}</Menu.Target>
        {/* Named by its button (Mantine's aria-labelledby), as the menu-button pattern has it. */}
        <Menu.Dropdown>
          {reason !== null ? (
            <Menu.Label>{reason}</Menu.Label>
          ) : (
            <>
              {next.length > 0 && <Menu.Label>{t('detail.state.next')}</Menu.Label>}
              {next.map(item)}
              {next.length > 0 && other.length > 0 && <Menu.Divider />}
              {other.length > 0 && <Menu.Label>{t('detail.state.other')}</Menu.Label>}
              {other.map(item)}
            </>
          )}
        </Menu.Dropdown>
      </Menu>
      <ConfirmCloseModal
        opened={confirming}
        onCancel={() => {
          setConfirming(false);
          anchor?.onClose();
        }}
        onConfirm={() => {
          setConfirming(false);
          onChange('closed');
          anchor?.onClose();
        }}
      />
    </>
  );
}
