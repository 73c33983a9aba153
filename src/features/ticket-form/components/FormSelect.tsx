import { Select, type ComboboxItem } from '@mantine/core';
import { useController, type FieldValues, type Path } from 'react-hook-form';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import { formErrorText } from './formErrorText.ts';

type FormSelectProps<T extends FieldValues> = {
  name: Path<T>;
  label: string;
  data: ComboboxItem[];
  searchable?: boolean;
  /** Whether the field may be emptied (an optional choice, stored as ''). */
  clearable?: boolean;
  placeholder?: string;
  description?: string;
  disabled?: boolean;
  /** Called after a choice by the person (not on resets). */
  onValueChange?: (value: string) => void;
};

/** A select bound to a string field of the surrounding form, '' meaning "none". */
export function FormSelect<T extends FieldValues>({
  name,
  label,
  data,
  searchable = false,
  clearable = false,
  placeholder,
  description,
  disabled,
  onValueChange,
}: FormSelectProps<T>) {
  const { t } = useI18n();
  const {
    field: { ref, ...field },
    fieldState,
  } = useController<T>({ name });
  return (
    <Select
      label={label}
      data={data}
      searchable={searchable}
      clearable={clearable}
      allowDeselect={clearable}
      placeholder={placeholder}
      description={description}
      disabled={disabled}
      nothingFoundMessage={t('form.nothingFound')}
      value={(field.value as string) || null}
      onChange={(value) => {
        field.onChange(value ?? '');
        onValueChange?.(value ?? '');
      }}
      onBlur={field.onBlur}
      ref={ref}
      name={field.name}
      error={formErrorText(t, fieldState.error?.message)}
      comboboxProps={{ withinPortal: true }}
      clearButtonProps={{ 'aria-label': t('form.clear', { field: label }) }}
    />
  );
}
