import { Button, Group, Kbd, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import classes from './FormActions.module.css';

type FormActionsProps = {
  submitLabel: string;
  submitting: boolean;
  onCancel: () => void;
  /** More buttons on the left (e.g. "Discard draft"). */
  children?: ReactNode;
};

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** The bar under a form: submit (with its keyboard shortcut), cancel, and extras. */
export function FormActions({ submitLabel, submitting, onCancel, children }: FormActionsProps) {
  const { t } = useI18n();
  return (
    <Group justify="space-between" className={classes.bar} gap="sm">
      <Group gap="sm">{children}</Group>
      <Group gap="sm">
        <Text size="xs" c="dimmed" visibleFrom="sm" aria-hidden>
          <Kbd>{isMac ? '⌘' : 'Ctrl'}</Kbd> + <Kbd>Enter</Kbd>
        </Text>
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={submitting} aria-keyshortcuts={isMac ? 'Meta+Enter' : 'Control+Enter'}>
          {submitLabel}
        </Button>
      </Group>
    </Group>
  );
}
