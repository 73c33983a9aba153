import { Stack, UnstyledButton } from '@mantine/core';
import { IconChartBar, IconList, IconPlus } from '@tabler/icons-react';
import { Link, useLocation } from 'react-router';
import { useI18n } from '../../lib/i18n/useI18n.ts';
import { paths } from '../../lib/routing/paths.ts';
import classes from './MainNav.module.css';
import { DeferredSavedViews } from './saved-views/DeferredSavedViews.tsx';

type MainNavProps = {
  /** Where "Tickets" leads: the last list view, so coming back keeps the filters. */
  ticketsHref: string;
  showSupervision: boolean;
  onNavigate?: () => void;
};

export function MainNav({ ticketsHref, showSupervision, onNavigate }: MainNavProps) {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const onNewTicket = pathname === paths.newTicket.path;
  const items = [
    {
      to: ticketsHref,
      label: t('shell.nav.tickets'),
      icon: IconList,
      active: pathname.startsWith(paths.tickets.path) && !onNewTicket,
    },
    { to: paths.newTicket.href(), label: t('shell.nav.newTicket'), icon: IconPlus, active: onNewTicket },
    ...(showSupervision
      ? [
          {
            to: paths.supervision.href(),
            label: t('shell.nav.supervision'),
            icon: IconChartBar,
            active: pathname.startsWith(paths.supervision.path),
          },
        ]
      : []),
  ];
  return (
    <Stack component="nav" aria-label={t('shell.nav.label')} gap={4}>
      {items.map(({ to, label, icon: Icon, active }) => (
        <UnstyledButton
          key={label}
          component={Link}
          to={to}
          className={classes.link}
          aria-current={active ? 'page' : undefined}
          onClick={onNavigate}
        >
          <span className={classes.icon}>
            <Icon size={18} aria-hidden />
          </span>
          <span className={classes.body}>
            <span className={classes.label}>{label}</span>
          </span>
        </UnstyledButton>
      ))}
      <DeferredSavedViews onNavigate={onNavigate} />
    </Stack>
  );
}
