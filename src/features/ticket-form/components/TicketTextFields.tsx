import { SimpleGrid, TextInput } from '@mantine/core';
import { useController, useFormContext, useFormState } from 'react-hook-form';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import type { TicketFormValues } from '../../../contract/ticketForm.ts';
import { DescriptionEditor } from './DescriptionEditor.tsx';
import { formErrorText } from './formErrorText.ts';

type TextValues = Pick<TicketFormValues, 'subject' | 'reference' | 'description'>;

/** Subject, reference and description: the same in the create and the edit form. */
export function TicketTextFields() {
  const { t } = useI18n();
  const { register, control } = useFormContext<TextValues>();
  const { errors } = useFormState({ control });
  const {
    field: { ref: descriptionRef, ...description },
    fieldState: descriptionState,
  } = useController({ control, name: 'description' });
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('form.field.subject')}
          description={t('form.hint.subject')}
          {...register('subject')}
          error={formErrorText(t, errors.subject?.message)}
        />
        <TextInput
          label={t('form.field.reference')}
          description={t('form.hint.reference')}
          {...register('reference')}
          error={formErrorText(t, errors.reference?.message)}
        />
      </SimpleGrid>
      <DescriptionEditor
        label={t('form.field.description')}
        value={description.value}
        onChange={description.onChange}
        onBlur={description.onBlur}
        editorRef={descriptionRef}
        error={formErrorText(t, descriptionState.error?.message)}
      />
    </>
  );
}
