import '@mantine/core/styles/Input.css';
import { TextInput, type TextInputProps } from '@mantine/core';
import { useEffect, useState } from 'react';

type DebouncedTextInputProps = Omit<TextInputProps, 'value' | 'onChange'> & {
  value: string;
  /** Called once typing pauses (or at once on Enter), never on every keystroke. */
  onCommit: (value: string) => void;
  delay?: number;
};

/**
 * A text box that keeps its own state while the user types, so the page (and a table of 100 rows)
 * re-renders only when the value is committed. Outside changes (Back, reset) flow back in.
 */
export function DebouncedTextInput({
  value,
  onCommit,
  delay = 350,
  onKeyDown,
  ...props
}: DebouncedTextInputProps) {
  const [text, setText] = useState(value);
  const [committed, setCommitted] = useState(value);

  // The value changed from outside (navigation, reset): show it, unless it is our own echo.
  if (value !== committed) {
    setCommitted(value);
    setText(value);
  }

  useEffect(() => {
    if (text.trim() === committed.trim()) return;
    const timer = window.setTimeout(() => {
      setCommitted(text.trim());
      onCommit(text.trim());
    }, delay);
    return () => window.clearTimeout(timer);
  }, [text, committed, delay, onCommit]);

  return (
    <TextInput
      {...props}
      value={text}
      onChange={(event) => setText(event.currentTarget.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && text.trim() !== committed.trim()) {
          setCommitted(text.trim());
          onCommit(text.trim());
        }
        onKeyDown?.(event);
      }}
    />
  );
}
