import '@mantine/core/styles/SegmentedControl.css';
import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/SimpleGrid.css';
import { Group, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import { PERIOD_PRESETS, type Period, type PeriodPreset, type SupervisionView } from '../supervisionView.ts';

export type PickerOption = { value: string; label: string };

type PeriodControlsProps = {
  view: SupervisionView;
  period: Period;
  groups: PickerOption[];
  agents: PickerOption[];
  onChange: (view: SupervisionView) => void;
};

const idOf = (value: string | null) => (value ? Number(value) : undefined);

/** Period presets, a custom range of days, the group and the agent: every change lands in the URL. */
export function PeriodControls({ view, period, groups, agents, onChange }: PeriodControlsProps) {
  const { t } = useI18n();
  const choosePreset = (preset: PeriodPreset) =>
    onChange(
      preset === 'custom'
        ? { ...view, preset, from: period.from, to: period.to }
        : { preset, group: view.group, agent: view.agent },
    );
  const setDay = (end: 'from' | 'to', value: string) => {
    const next = { from: period.from, to: period.to, [end]: value };
    // A half-typed or inverted range stays on screen until it makes sense.
    if (next.from && next.to && next.from <= next.to) onChange({ ...view, preset: 'custom', ...next });
  };
  return (
    <Stack gap="sm" role="group" aria-label={t('supervision.filters')}>
      <div>
        <Text component="span" id="supervision-period" size="sm" fw={500} display="block" mb={4}>
          {t('supervision.period')}
        </Text>
        <SegmentedControl
          aria-labelledby="supervision-period"
          value={view.preset}
          onChange={(value) => choosePreset(value as PeriodPreset)}
          data={PERIOD_PRESETS.map((preset) => ({ value: preset, label: t(`supervision.period.${preset}`) }))}
          styles={{ root: { flexWrap: 'wrap', maxWidth: '100%' } }}
        />
      </div>
      <Group align="flex-end" gap="sm" wrap="wrap">
        {view.preset === 'custom' && (
          <>
            <TextInput
              type="date"
              label={t('supervision.period.from')}
              defaultValue={period.from}
              max={period.to}
              onChange={(event) => setDay('from', event.currentTarget.value)}
              w={170}
            />
            <TextInput
              type="date"
              label={t('supervision.period.to')}
              defaultValue={period.to}
              min={period.from}
              onChange={(event) => setDay('to', event.currentTarget.value)}
              w={170}
            />
          </>
        )}
        <Select
          label={t('supervision.group')}
          placeholder={t('supervision.group.all')}
          data={groups}
          value={view.group === undefined ? null : String(view.group)}
          onChange={(value) => onChange({ ...view, group: idOf(value) })}
          clearable
          searchable
          w={220}
        />
        <Select
          label={t('supervision.agent')}
          placeholder={t('supervision.agent.all')}
          data={agents}
          value={view.agent === undefined ? null : String(view.agent)}
          onChange={(value) => onChange({ ...view, agent: idOf(value) })}
          clearable
          searchable
          w={220}
        />
      </Group>
    </Stack>
  );
}
