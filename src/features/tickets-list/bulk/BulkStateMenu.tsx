import '@mantine/core/styles/Menu.css';
import '@mantine/core/styles/Popover.css';
import { Button, Menu } from '@mantine/core';
import { IconArrowsExchange, IconChevronDown } from '@tabler/icons-react';
import { useState } from 'react';
import type { TicketState } from '../../../contract/enums.ts';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import { ConfirmCloseModal } from '../../../lib/ui/ConfirmCloseModal.tsx';

type BulkStateMenuProps = {
  states: readonly TicketState[];
  /** False when some selected tickets are not on the page: the server checks those. */
  complete: boolean;
  disabled: boolean;
  onChange: (state: TicketState) => void;
};

/** The states every selected ticket may move to; closing, which cannot be undone, asks once. */
export function BulkStateMenu({ states, complete, disabled, onChange }: BulkStateMenuProps) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <Menu position="bottom-start" shadow="md" withinPortal>
        <Menu.Target>
          <Button
            size="xs"
            variant="light"
            leftSection={<IconArrowsExchange size={16} aria-hidden />}
            rightSection={<IconChevronDown size={14} aria-hidden />}
            disabled={disabled}
          >
            {t('bulk.state')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {states.length === 0 && <Menu.Label>{t('bulk.state.none')}</Menu.Label>}
          {states.map((state) => (
            <Menu.Item
              key={state}
              onClick={() => (state === 'closed' ? setConfirming(true) : onChange(state))}
            >
              {t(`state.${state}`)}
            </Menu.Item>
          ))}
          {!complete && states.length > 0 && <Menu.Label>{t('bulk.state.serverChecks')}</Menu.Label>}
        </Menu.Dropdown>
      </Menu>
      <ConfirmCloseModal
        opened={confirming}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          onChange('closed');
        }}
      />
    </>
  );
}
