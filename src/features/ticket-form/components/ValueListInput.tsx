import { ActionIcon, Button, Group, Input, Stack, TextInput } from '@mantine/core';
import { useMergedRef } from '@mantine/hooks';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useId, useRef, type ReactNode, type Ref } from 'react';
import { useI18n } from '../../../lib/i18n/useI18n.ts';

type ValueListInputProps = {
  /** Label of the whole list ("Phone numbers"); each entry is labelled `itemLabel(n)`. */
  label: string;
  itemLabel: (position: number) => string;
  addLabel: string;
  values: string[];
  onChange: (values: string[]) => void;
  onBlur?: () => void;
  /** An error about the whole list (e.g. "a phone or an e-mail is required"). */
  error?: string;
  /** Errors of single entries, by index. */
  itemErrors?: (string | undefined)[];
  /** Advice under an entry that is not an error yet (e.g. "did you mean +33…?"). */
  itemHint?: (value: string, index: number) => ReactNode;
  type?: 'tel' | 'email';
  /** No add button once the list has this many entries. */
  maxItems?: number;
  autoComplete?: string;
  inputRef?: Ref<HTMLInputElement>;
  name: string;
};

/** Several values of one kind (phones, e-mails): one labelled input each, add and remove buttons. */
export function ValueListInput({
  label,
  itemLabel,
  addLabel,
  values,
  onChange,
  onBlur,
  error,
  itemErrors = [],
  itemHint,
  type,
  maxItems = Infinity,
  autoComplete,
  inputRef,
  name,
}: ValueListInputProps) {
  const { t } = useI18n();
  const errorId = useId();
  const labelId = useId();
  const inputs = useRef<(HTMLInputElement | null)[]>([]);
  const entries = values.length > 0 ? values : [''];
  const firstRef = useMergedRef(
    inputRef,
    (element: HTMLInputElement | null) => void (inputs.current[0] = element),
  );

  const update = (index: number, value: string) =>
    onChange(entries.map((old, i) => (i === index ? value : old)));
  const add = () => {
    onChange([...entries, '']);
    requestAnimationFrame(() => inputs.current[entries.length]?.focus());
  };
  const remove = (index: number) => {
    const next = entries.filter((_, i) => i !== index);
    onChange(next.length > 0 ? next : ['']);
    requestAnimationFrame(() => inputs.current[Math.max(0, index - 1)]?.focus());
  };

  return (
    <div role="group" aria-labelledby={labelId} aria-describedby={error ? errorId : undefined}>
      <Input.Label id={labelId} component="div">
        {label}
      </Input.Label>
      <Stack gap="xs" mt={4}>
        {entries.map((value, index) => (
          <Group key={index} gap="xs" align="flex-start" wrap="nowrap">
            <TextInput
              style={{ flex: 1 }}
              ref={index === 0 ? firstRef : (element) => void (inputs.current[index] = element)}
              name={`${name}.${index}`}
              aria-label={itemLabel(index + 1)}
              type={type}
              autoComplete={autoComplete}
              value={value}
              onChange={(event) => update(index, event.currentTarget.value)}
              onBlur={onBlur}
              // An error of the whole list marks every entry (red, aria-invalid) without repeating it.
              error={itemErrors[index] ?? Boolean(error)}
              description={itemErrors[index] ? undefined : itemHint?.(value, index)}
            />
            {entries.length > 1 && (
              <ActionIcon
                variant="subtle"
                color="gray"
                size="lg"
                onClick={() => remove(index)}
                aria-label={t('form.list.remove', { item: itemLabel(index + 1) })}
              >
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            )}
          </Group>
        ))}
        {error && <Input.Error id={errorId}>{error}</Input.Error>}
        {entries.length < maxItems && (
          <Group>
            <Button variant="subtle" size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={add}>
              {addLabel}
            </Button>
          </Group>
        )}
      </Stack>
    </div>
  );
}
