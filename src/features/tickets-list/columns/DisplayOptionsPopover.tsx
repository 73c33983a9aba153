import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/Checkbox.css';
import '@mantine/core/styles/InlineInput.css';
import '@mantine/core/styles/Radio.css';
import { ActionIcon, Button, Checkbox, Group, Popover, Radio, Stack, Text } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconLayoutColumns } from '@tabler/icons-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import { moveColumn, toggleColumn } from './columnMoves.ts';
import { DEFAULT_PREFERENCES, DENSITIES, type Density } from './columnPreferences.ts';
import { ALWAYS_SHOWN, CHOOSABLE_COLUMNS, type TicketColumn } from './ticketColumns.ts';
import { useListPreferences } from './useListPreferences.ts';
import classes from './DisplayOptions.module.css';

type Move = { column: TicketColumn; by: -1 | 1 };

/** The density and column chooser, opened as it loads (the click that asked for it opened it). */
export default function DisplayOptionsPopover() {
  const { t } = useI18n();
  const [preferences, save] = useListPreferences();
  const [opened, setOpened] = useState(true);
  const titleId = useId();
  const target = useRef<HTMLButtonElement>(null);
  const moveButtons = useRef(new Map<string, HTMLButtonElement>());
  const [lastMove, setLastMove] = useState<Move | null>(null);
  useEffect(() => target.current?.focus(), []);
  // A moved row is re-drawn elsewhere: the focus follows the button pressed (or its twin at an end).
  useEffect(() => {
    if (!lastMove) return;
    const { column, by } = lastMove;
    const pressed = moveButtons.current.get(`${column}:${by}`);
    const twin = moveButtons.current.get(`${column}:${-by}`);
    (pressed && !pressed.disabled ? pressed : twin)?.focus();
  }, [lastMove, preferences.columns]);

  const shown = preferences.columns;
  const hidden = CHOOSABLE_COLUMNS.filter((column) => !shown.includes(column));
  const setColumns = (columns: TicketColumn[]) => save({ ...preferences, columns });
  const move = (column: TicketColumn, by: -1 | 1) => {
    setColumns(moveColumn(shown, column, by));
    setLastMove({ column, by });
  };
  const moveButton = (column: TicketColumn, by: -1 | 1, label: string, disabled: boolean) => (
    <ActionIcon
      ref={(node) => {
        if (node) moveButtons.current.set(`${column}:${by}`, node);
        else moveButtons.current.delete(`${column}:${by}`);
      }}
      variant="subtle"
      size="sm"
      aria-label={t(by < 0 ? 'list.display.moveUp' : 'list.display.moveDown', { column: label })}
      disabled={disabled}
      onClick={() => move(column, by)}
    >
      {by < 0 ? <IconArrowUp size={14} aria-hidden /> : <IconArrowDown size={14} aria-hidden />}
    </ActionIcon>
  );

  return (
    <Popover
      opened={opened}
      onChange={setOpened}
      position="bottom-end"
      shadow="md"
      width={300}
      trapFocus
      returnFocus
      withinPortal
    >
      <Popover.Target>
        <Button
          ref={target}
          variant="default"
          leftSection={<IconLayoutColumns size={16} aria-hidden />}
          aria-haspopup="dialog"
          aria-expanded={opened}
          onClick={() => setOpened((open) => !open)}
        >
          {t('list.display.label')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown role="dialog" aria-labelledby={titleId}>
        <Stack gap="sm">
          <Text id={titleId} fw={700} size="sm">
            {t('list.display.title')}
          </Text>
          <Radio.Group
            label={t('list.display.density')}
            value={preferences.density}
            onChange={(density) => save({ ...preferences, density: density as Density })}
          >
            <Group gap="md" mt={6}>
              {DENSITIES.map((density) => (
                <Radio key={density} value={density} label={t(`list.display.${density}`)} />
              ))}
            </Group>
          </Radio.Group>
          <fieldset className={classes.fieldset}>
            <legend className={classes.legend}>{t('list.display.columns')}</legend>
            <ul className={classes.columns}>
              {[...shown, ...hidden].map((column) => {
                const label = t(`list.col.${column}`);
                const visible = shown.includes(column);
                const index = shown.indexOf(column);
                const locked = ALWAYS_SHOWN.has(column);
                return (
                  <li key={column} className={classes.column}>
                    <Checkbox
                      label={label}
                      checked={visible}
                      disabled={locked}
                      description={locked ? t('list.display.alwaysShown') : undefined}
                      onChange={() => setColumns(toggleColumn(shown, column))}
                    />
                    <Group gap={2} wrap="nowrap">
                      {moveButton(column, -1, label, !visible || index === 0)}
                      {moveButton(column, 1, label, !visible || index === shown.length - 1)}
                    </Group>
                  </li>
                );
              })}
            </ul>
          </fieldset>
          <Button
            variant="subtle"
            size="compact-sm"
            onClick={() => setColumns([...DEFAULT_PREFERENCES.columns])}
          >
            {t('list.display.reset')}
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
