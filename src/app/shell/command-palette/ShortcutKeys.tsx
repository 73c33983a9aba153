import '@mantine/core/styles/Kbd.css';
import { Kbd, Text, VisuallyHidden } from '@mantine/core';
import { Fragment } from 'react';
import type { Shortcut } from '../../../lib/keyboard/shortcuts.ts';
import { useI18n } from '../../../lib/i18n/useI18n.ts';

/** Macs say ⌘ where others say Ctrl (the matcher takes either). */
export function isMac(): boolean {
  return /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}

function KeyCap({ name }: { name: string }) {
  const { t } = useI18n();
  if (name === 'ArrowDown' || name === 'ArrowUp') {
    return (
      <Kbd size="sm">
        <span aria-hidden>{t(`keyboard.key.${name}`)}</span>
        <VisuallyHidden>{t(`keyboard.key.${name}.name`)}</VisuallyHidden>
      </Kbd>
    );
  }
  if (name === 'Enter' || name === 'Escape') return <Kbd size="sm">{t(`keyboard.key.${name}`)}</Kbd>;
  return <Kbd size="sm">{name}</Kbd>;
}

/** A shortcut's keys as `kbd` elements: "g then l", "j or ↓", "Ctrl + K". */
export function ShortcutKeys({ shortcut }: { shortcut: Shortcut }) {
  const { t } = useI18n();
  const word = (text: string) => (
    <Text span size="xs" c="dimmed" mx={4}>
      {text}
    </Text>
  );
  return (
    <span>
      {shortcut.sequences.map((sequence, index) => (
        <Fragment key={sequence.join(' ')}>
          {index > 0 && word(t('keyboard.or'))}
          {shortcut.withModifier && (
            <>
              <Kbd size="sm">{isMac() ? t('keyboard.key.cmd') : t('keyboard.key.ctrl')}</Kbd>
              {word('+')}
            </>
          )}
          {sequence.map((key, position) => (
            <Fragment key={key}>
              {position > 0 && word(t('keyboard.then'))}
              <KeyCap name={shortcut.withModifier ? key.toUpperCase() : key} />
            </Fragment>
          ))}
        </Fragment>
      ))}
    </span>
  );
}
