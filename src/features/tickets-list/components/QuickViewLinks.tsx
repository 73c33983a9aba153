import { Button, Group } from '@mantine/core';
import { Link } from 'react-router';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import { UnavailableButton } from '../../../lib/ui/UnavailableButton.tsx';

export type QuickViewLink = {
  id: string;
  label: string;
  href: string;
  active: boolean;
  /** Why this view cannot be shown here (upstream lacks a filter it needs), or null. */
  unavailable?: string | null;
};

/** Ready-made views as ordinary links (open in a new tab, bookmark, share). */
export function QuickViewLinks({ links }: { links: QuickViewLink[] }) {
  const { t } = useI18n();
  return (
    // One line: past its width (a phone) it scrolls sideways rather than pushing the tickets down.
    <Group
      component="nav"
      aria-label={t('list.quick.label')}
      gap={6}
      wrap="nowrap"
      style={{ overflowX: 'auto', padding: 2, margin: -2, scrollbarWidth: 'none' }}
    >
      {links.map((link) =>
        link.unavailable ? (
          <UnavailableButton
            key={link.id}
            size="compact-sm"
            radius="xl"
            variant="default"
            flex="none"
            reason={link.unavailable}
          >
            {link.label}
          </UnavailableButton>
        ) : (
          <Button
            key={link.id}
            component={Link}
            to={link.href}
            size="compact-sm"
            radius="xl"
            flex="none"
            variant={link.active ? 'light' : 'default'}
            aria-current={link.active ? 'page' : undefined}
          >
            {link.label}
          </Button>
        ),
      )}
    </Group>
  );
}
