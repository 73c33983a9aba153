import { Fieldset, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { useController, useFormContext, useFormState, type FieldError } from 'react-hook-form';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import { GENDERS } from '../../../contract/enums.ts';
import { MAX_RECIPIENTS } from '../../../contract/recipient.ts';
import type { TicketFormValues } from '../../../contract/ticketForm.ts';
import { countryOptions } from './countryOptions.ts';
import { formErrorText } from './formErrorText.ts';
import { FormSelect } from './FormSelect.tsx';
import { internationalDisplay } from '../phoneNumbers.ts';
import { ValueListInput } from './ValueListInput.tsx';

type RecipientFieldsProps = {
  /** Hides the fields that do not apply to multi-participant tickets. */
  contactsOnly: boolean;
  /** The country national phone numbers are read for (ISO 3166-1 alpha-2): the form's, or the default. */
  phoneCountry: string;
};

/** A list's own error, and the errors of its entries (react-hook-form nests them by index). */
function listErrors(error: unknown): { own?: string; items: (string | undefined)[] } {
  if (!error || typeof error !== 'object') return { items: [] };
  const own = (error as FieldError).message ?? (error as { root?: FieldError }).root?.message;
  const items = Array.isArray(error) ? error.map((item?: FieldError) => item?.message) : [];
  return { own, items };
}

/**
 * Who is invited: name, company, country, and the phones and e-mails the invitation goes to. One
 * country control: the requestor's country, which also says how national numbers are read; on a
 * multi-participant ticket (no requestor details) the same field only says that, and is not sent.
 */
export function RecipientFields({ contactsOnly, phoneCountry }: RecipientFieldsProps) {
  const { t, locale } = useI18n();
  const { register, control } = useFormContext<TicketFormValues>();
  const { errors } = useFormState({ control });
  const {
    field: { ref: phonesRef, ...phones },
  } = useController({ control, name: 'phone' });
  const {
    field: { ref: emailsRef, ...emails },
  } = useController({ control, name: 'email' });
  const countries = useMemo(() => countryOptions(locale), [locale]);
  const err = (message: string | undefined) => formErrorText(t, message);
  const phoneCountryName = countries.find((option) => option.value === phoneCountry)?.label ?? phoneCountry;

  const phoneErrors = listErrors(errors.phone);
  const emailErrors = listErrors(errors.email);

  return (
    <Fieldset legend={t('form.section.recipient')}>
      {!contactsOnly && (
        <SimpleGrid cols={{ base: 1, sm: 2 }} mb="sm">
          <TextInput
            label={t('form.field.name')}
            autoComplete="off"
            {...register('name')}
            error={err(errors.name?.message)}
          />
          <TextInput
            label={t('form.field.firstname')}
            autoComplete="off"
            {...register('firstname')}
            error={err(errors.firstname?.message)}
          />
          <TextInput
            label={t('form.field.company')}
            autoComplete="off"
            {...register('company')}
            error={err(errors.company?.message)}
          />
          <FormSelect<TicketFormValues>
            name="gender"
            clearable
            label={t('form.field.gender')}
            data={GENDERS.map((gender) => ({ value: gender, label: t(`form.gender.${gender}`) }))}
          />
          <FormSelect<TicketFormValues>
            name="country"
            label={t('form.field.country')}
            description={t('form.hint.country')}
            data={countries}
            searchable
            clearable
          />
        </SimpleGrid>
      )}
      {contactsOnly && (
        <Text size="sm" c="dimmed" mb="sm">
          {t('form.hint.multiParticipant')}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Stack gap="xs">
          {contactsOnly && (
            <FormSelect<TicketFormValues>
              name="country"
              label={t('form.field.phoneCountry')}
              data={countries}
              searchable
              clearable
            />
          )}
          <ValueListInput
            name="phone"
            type="tel"
            maxItems={MAX_RECIPIENTS}
            autoComplete="off"
            label={t('form.field.phones')}
            itemLabel={(n) => t('form.field.phoneN', { n })}
            addLabel={t('form.field.addPhone')}
            values={phones.value}
            onChange={phones.onChange}
            onBlur={phones.onBlur}
            inputRef={phonesRef}
            error={err(phoneErrors.own)}
            itemErrors={phoneErrors.items.map((message, index) =>
              message &&
              (phones.value[index] ?? '').trim() &&
              !internationalDisplay(phones.value[index] ?? '', phoneCountry)
                ? t('form.error.phoneInvalidFor', { country: phoneCountryName })
                : err(message),
            )}
            itemHint={(value) => {
              const sentAs = internationalDisplay(value, phoneCountry);
              if (sentAs) return t('form.hint.phoneSentAs', { phone: sentAs });
              return value.trim() ? undefined : t('form.hint.phoneNational', { country: phoneCountryName });
            }}
          />
        </Stack>
        <ValueListInput
          name="email"
          type="email"
          maxItems={MAX_RECIPIENTS}
          autoComplete="off"
          label={t('form.field.emails')}
          itemLabel={(n) => t('form.field.emailN', { n })}
          addLabel={t('form.field.addEmail')}
          values={emails.value}
          onChange={emails.onChange}
          onBlur={emails.onBlur}
          inputRef={emailsRef}
          error={err(emailErrors.own)}
          itemErrors={emailErrors.items.map(err)}
        />
      </SimpleGrid>
    </Fieldset>
  );
}
