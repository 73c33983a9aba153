import '@mantine/core/styles/Input.css';
import { TextInput, type TextInputProps } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';

type DebouncedTextInputProps = Omit<TextInputProps, 'value' | 'onChange'> & {
  value: string;
  onChange: (value: string) => void;
  delay?: number;
};

/** A text input that reports its value once typing pauses; a new outside value (a reset) replaces it. */
export function DebouncedTextInput({ value, onChange, delay = 350, ...props }: DebouncedTextInputProps) {
  const [draft, setDraft] = useState(value);
  const [lastOutside, setLastOutside] = useState(value);
  const report = useDebouncedCallback(onChange, delay);
  if (value !== lastOutside) {
    setLastOutside(value);
    setDraft(value);
  }
  return (
    <TextInput
      {...props}
      value={draft}
      onChange={(event) => {
        setDraft(event.currentTarget.value);
        report(event.currentTarget.value);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') report.flush();
      }}
    />
  );
}
