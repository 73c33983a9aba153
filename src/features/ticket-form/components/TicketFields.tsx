import { Fieldset, Group, Radio, SimpleGrid, Stack } from '@mantine/core';
import { useMemo } from 'react';
import { useController } from 'react-hook-form';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import { LANGUAGES, TICKET_TYPES } from '../../../contract/enums.ts';
import type { Service } from '../../../contract/models.ts';
import type { TicketFormValues } from '../../../contract/ticketForm.ts';
import { formErrorText } from './formErrorText.ts';
import { FormSelect } from './FormSelect.tsx';
import { TicketTextFields } from './TicketTextFields.tsx';

type TicketFieldsProps = {
  services: Service[];
  servicesLoading: boolean;
};

/** What the ticket is: type, subject, reference, description, invitation language and service. */
export function TicketFields({ services, servicesLoading }: TicketFieldsProps) {
  const { t, locale } = useI18n();
  const { field: type, fieldState: typeState } = useController<TicketFormValues, 'type'>({ name: 'type' });
  const languages = useMemo(() => {
    const names = new Intl.DisplayNames([locale], { type: 'language' });
    return LANGUAGES.map((code) => ({ value: code, label: names.of(code) ?? code }));
  }, [locale]);
  const serviceOptions = services.map((service) => ({
    value: service.key,
    label: service.default ? t('form.service.default', { name: service.name }) : service.name,
  }));

  return (
    <Fieldset legend={t('form.section.ticket')}>
      <Stack gap="sm">
        <Radio.Group
          label={t('form.field.type')}
          value={type.value}
          onChange={(value) => type.onChange(value)}
          name={type.name}
          error={formErrorText(t, typeState.error?.message)}
        >
          <Group mt={4}>
            {TICKET_TYPES.map((value) => (
              <Radio key={value} value={value} label={t(`type.${value}`)} />
            ))}
          </Group>
        </Radio.Group>
        <TicketTextFields />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <FormSelect<TicketFormValues> name="language" label={t('form.field.language')} data={languages} />
          <FormSelect<TicketFormValues>
            name="service"
            label={t('form.field.service')}
            data={serviceOptions}
            placeholder={servicesLoading ? t('common.loading') : t('form.service.placeholder')}
            clearable
          />
        </SimpleGrid>
      </Stack>
    </Fieldset>
  );
}
