import '@mantine/core/styles/ActionIcon.css';
import '@mantine/core/styles/Tooltip.css';
import { ActionIcon, Group, Text, Tooltip } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useI18n } from '../../../lib/i18n/useI18n.ts';

export type PagerLink = { href: string; onFollow?: () => void };

type TicketPagerProps = {
  position: number;
  total: number;
  previous: PagerLink | null;
  next: PagerLink | null;
};

function PagerButton({
  link,
  label,
  children,
}: {
  link: PagerLink | null;
  label: string;
  children: React.ReactNode;
}) {
  if (!link) {
    return (
      <ActionIcon variant="default" disabled aria-label={label}>
        {children}
      </ActionIcon>
    );
  }
  return (
    <Tooltip label={label}>
      <ActionIcon
        component={Link}
        to={link.href}
        onClick={link.onFollow}
        variant="default"
        aria-label={label}
      >
        {children}
      </ActionIcon>
    </Tooltip>
  );
}

/** Previous / next ticket of the list view the person came from. */
export function TicketPager({ position, total, previous, next }: TicketPagerProps) {
  const { t } = useI18n();
  return (
    <Group gap={6} component="nav" aria-label={t('detail.nav.label')} wrap="nowrap">
      <PagerButton link={previous} label={t('detail.nav.previous')}>
        <IconChevronLeft size={18} aria-hidden />
      </PagerButton>
      <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {t('detail.nav.position', { position, total })}
      </Text>
      <PagerButton link={next} label={t('detail.nav.next')}>
        <IconChevronRight size={18} aria-hidden />
      </PagerButton>
    </Group>
  );
}
