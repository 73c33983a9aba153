import { AppShell, Burger, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../lib/i18n/useI18n.ts';
import { paths } from '../../lib/routing/paths.ts';
import type { User } from '../../contract/models.ts';
import classes from './AppLayout.module.css';
import { MainNav } from './MainNav.tsx';
import { DeferredUserMenu } from './DeferredUserMenu.tsx';

export const MAIN_CONTENT_ID = 'main-content';

type AppLayoutProps = {
  user: User;
  ticketsHref: string;
  showSupervision: boolean;
  onSignOut: () => void;
  /** Shown under the header, above the page (e.g. the rate-limit notice). */
  banner?: ReactNode;
  children: ReactNode;
};

/** Header with the user menu, a navbar that folds behind a burger below tablet width, and the page. */
export function AppLayout({
  user,
  ticketsHref,
  showSupervision,
  onSignOut,
  banner,
  children,
}: AppLayoutProps) {
  const { t } = useI18n();
  const [navOpened, { toggle, close }] = useDisclosure(false);
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: { md: 170, xl: 200 }, breakpoint: 'md', collapsed: { mobile: !navOpened } }}
      padding={{ base: 'sm', md: 'md' }}
    >
      <a href={`#${MAIN_CONTENT_ID}`} className={classes.skipLink}>
        {t('shell.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navOpened}
              onClick={toggle}
              hiddenFrom="md"
              size="sm"
              aria-label={t('shell.nav.toggle')}
              aria-expanded={navOpened}
            />
            <Link to={paths.tickets.href()} className={classes.brand}>
              {t('app.name')}
            </Link>
          </Group>
          <DeferredUserMenu user={user} onSignOut={onSignOut} />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm">
        <MainNav ticketsHref={ticketsHref} showSupervision={showSupervision} onNavigate={close} />
      </AppShell.Navbar>
      <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1} className={classes.main}>
        {banner}
        {children}
      </AppShell.Main>
    </AppShell>
  );
}
