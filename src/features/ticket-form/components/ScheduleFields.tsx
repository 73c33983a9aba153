import { Fieldset, NumberInput, SimpleGrid } from '@mantine/core';
import { DatesProvider, DateTimePicker } from '@mantine/dates';
import 'dayjs/locale/fr';
import { useController } from 'react-hook-form';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import type { TicketFormValues } from '../../../contract/ticketForm.ts';
import { formErrorText } from './formErrorText.ts';

type MinutesField = 'duration' | 'reminder';

function MinutesInput({
  name,
  label,
  description,
  max,
}: {
  name: MinutesField;
  label: string;
  description: string;
  max: number;
}) {
  const { t } = useI18n();
  const {
    field: { ref, ...field },
    fieldState,
  } = useController<TicketFormValues, MinutesField>({ name });
  return (
    <NumberInput
      label={label}
      description={description}
      min={0}
      max={max}
      step={5}
      allowDecimal={false}
      allowNegative={false}
      suffix={` ${t('form.minutesSuffix')}`}
      value={field.value}
      onChange={(value) => field.onChange(value === '' ? '' : Number(value))}
      onBlur={field.onBlur}
      ref={ref}
      name={field.name}
      error={formErrorText(t, fieldState.error?.message)}
    />
  );
}

const START_TIME_ID = 'ticket-start-time';

/** When: a start time picked in the agent's own time zone, how long, and when to remind. */
export function ScheduleFields() {
  const { t, locale } = useI18n();
  const {
    field: { ref: startTimeRef, ...startTime },
    fieldState: startTimeState,
  } = useController<TicketFormValues, 'start_time'>({ name: 'start_time' });
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return (
    <Fieldset legend={t('form.section.schedule')}>
      <DatesProvider settings={{ locale, firstDayOfWeek: locale === 'fr' ? 1 : 0 }}>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <DateTimePicker
            id={START_TIME_ID}
            label={t('form.field.startTime')}
            description={t('form.hint.startTime', { zone })}
            placeholder={t('form.startTime.now')}
            valueFormat={locale === 'fr' ? 'DD/MM/YYYY HH:mm' : 'MMM D, YYYY h:mm A'}
            clearable
            // Mantine's placeholder grey is too faint on the dark background (WCAG AA).
            styles={{ placeholder: { color: 'var(--mantine-color-dimmed)' } }}
            value={startTime.value || null}
            onChange={(value) => startTime.onChange(value ?? '')}
            onBlur={startTime.onBlur}
            ref={startTimeRef}
            name={startTime.name}
            error={formErrorText(t, startTimeState.error?.message)}
            clearButtonProps={{ 'aria-label': t('form.clear', { field: t('form.field.startTime') }) }}
            submitButtonProps={{ 'aria-label': t('form.startTime.confirm') }}
            timePickerProps={{
              hoursInputLabel: t('form.startTime.hours'),
              minutesInputLabel: t('form.startTime.minutes'),
              amPmInputLabel: t('form.startTime.amPm'),
            }}
            // Mantine names the calendar dialog after its button, whose name comes from a label it
            // cannot follow there: the dialog would have no name. Named after the field's label.
            popoverProps={{ attributes: { dropdown: { 'aria-labelledby': `${START_TIME_ID}-label` } } }}
            nextLabel={t('form.startTime.next')}
            previousLabel={t('form.startTime.previous')}
          />
          <MinutesInput
            name="duration"
            label={t('form.field.duration')}
            description={t('form.hint.duration')}
            max={1440}
          />
          <MinutesInput
            name="reminder"
            label={t('form.field.reminder')}
            description={t('form.hint.reminder')}
            max={10_080}
          />
        </SimpleGrid>
      </DatesProvider>
    </Fieldset>
  );
}
