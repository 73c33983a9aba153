import '@mantine/core/styles/Menu.css';
import '@mantine/core/styles/Popover.css';
import { Button, Menu, Text } from '@mantine/core';
import { IconArrowsExchange, IconChevronDown } from '@tabler/icons-react';
import { useState } from 'react';
import type { TicketState } from '../../../contract/enums.ts';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import { ConfirmCloseModal } from '../../../lib/ui/ConfirmCloseModal.tsx';
import type { BulkTarget } from './bulkTargets.ts';

type BulkStateMenuProps = {
  targets: readonly BulkTarget[];
  /** How many selected tickets the page shows (what each target's `reachable` counts against). */
  shown: number;
  /** False when some selected tickets are not on the page: the server checks those. */
  complete: boolean;
  disabled: boolean;
  onChange: (state: TicketState) => void;
};

/**
 * The states selected tickets may move to, with "29 of 30" where not all of them can (the server refuses
 * the others, each with its reason); closing, which cannot be undone, asks once.
 */
export function BulkStateMenu({ targets, shown, complete, disabled, onChange }: BulkStateMenuProps) {
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
          {targets.length === 0 && <Menu.Label>{t('bulk.state.none')}</Menu.Label>}
          {targets.map(({ state, reachable }) => (
            <Menu.Item
              key={state}
              onClick={() => (state === 'closed' ? setConfirming(true) : onChange(state))}
              rightSection={
                reachable < shown && (
                  <Text span size="xs" c="dimmed">
                    {t('bulk.state.reachable', { count: reachable, total: shown })}
                  </Text>
                )
              }
            >
              {t(`state.${state}`)}
            </Menu.Item>
          ))}
          {!complete && targets.length > 0 && <Menu.Label>{t('bulk.state.serverChecks')}</Menu.Label>}
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
