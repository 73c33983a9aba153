import { Button, Group } from '@mantine/core';
import { Link } from 'react-router';
import { useI18n } from '../../../lib/i18n/useI18n.ts';

export type QuickViewLink = { id: string; label: string; href: string; active: boolean };

/** Ready-made views as ordinary links (open in a new tab, bookmark, share). */
export function QuickViewLinks({ links }: { links: QuickViewLink[] }) {
  const { t } = useI18n();
  return (
    <Group component="nav" aria-label={t('list.quick.label')} gap={6} wrap="wrap">
      {links.map((link) => (
        <Button
          key={link.id}
          component={Link}
          to={link.href}
          size="compact-sm"
          radius="xl"
          variant={link.active ? 'light' : 'default'}
          aria-current={link.active ? 'page' : undefined}
        >
          {link.label}
        </Button>
      ))}
    </Group>
  );
}
