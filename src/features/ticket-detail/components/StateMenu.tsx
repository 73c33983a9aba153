import '@mantine/core/styles/Button.css';
import '@mantine/core/styles/Menu.css';
import '@mantine/core/styles/Popover.css';
import { Button, Menu, Tooltip } from '@mantine/core';
import { IconArrowsExchange, IconChevronDown } from '@tabler/icons-react';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import type { TicketState, TicketStateValue } from '../../../contract/enums.ts';
import { allowedTransitions } from '../../../contract/transitions.ts';
import { STATE_COLORS } from '../../../lib/ui/StateBadge.tsx';

type StateMenuProps = { state: TicketStateValue; pending: boolean; onChange: (state: TicketState) => void };

/** Offers only the transitions the API allows from the current state. */
export function StateMenu({ state, pending, onChange }: StateMenuProps) {
  const { t } = useI18n();
  const targets = allowedTransitions(state);
  const button = (
    <Button
      variant="light"
      leftSection={<IconArrowsExchange size={16} aria-hidden />}
      rightSection={<IconChevronDown size={14} aria-hidden />}
      loading={pending}
      disabled={targets.length === 0}
    >
      {t('detail.state.change')}
    </Button>
  );
  if (targets.length === 0) {
    return (
      <Tooltip label={t('detail.state.none')}>
        <span>{button}</span>
      </Tooltip>
    );
  }
  return (
    <Menu position="bottom-end" shadow="md" withinPortal>
      <Menu.Target>{button}</Menu.Target>
      <Menu.Dropdown aria-label={t('detail.state.menuLabel')}>
        <Menu.Label>{t('detail.state.menuLabel')}</Menu.Label>
        {targets.map((target) => (
          <Menu.Item
            key={target}
            onClick={() => onChange(target)}
            leftSection={
              <span
                aria-hidden
                style={{
                  display: 'inline-block',
                  width: 10,
                  height: 10,
                  borderRadius: 5,
                  background: `var(--mantine-color-${STATE_COLORS[target]}-6)`,
                }}
              />
            }
          >
            {t(`state.${target}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
