import { Burger, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../lib/i18n/useI18n.ts';
import { paths } from '../../lib/routing/paths.ts';
import type { User } from '../../contract/models.ts';
import classes from './AppLayout.module.css';
import { MainNav } from './MainNav.tsx';
import { DeferredLiveStatus } from './DeferredLiveStatus.tsx';
import { DeferredUserMenu } from './DeferredUserMenu.tsx';
import { DeferredGlobalShortcuts } from './command-palette/DeferredGlobalShortcuts.tsx';

export const MAIN_CONTENT_ID = 'main-content';

/**
 * While a modal locks the page's scroll, react-remove-scroll (which Mantine's modals use) moves
 * elements with this class left by the scrollbar's width, so the fixed header does not shift.
 */
const SCROLL_LOCK_OFFSET_CLASS = 'right-scroll-bar-position';

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
    <div className={classes.root}>
      <a href={`#${MAIN_CONTENT_ID}`} className={classes.skipLink}>
        {t('shell.skipToContent')}
      </a>
      <header className={`${classes.header} ${SCROLL_LOCK_OFFSET_CLASS}`}>
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
          <Group gap="xs" wrap="nowrap">
            <DeferredLiveStatus />
            <DeferredUserMenu user={user} onSignOut={onSignOut} />
          </Group>
        </Group>
      </header>
      <nav className={classes.navbar} data-opened={navOpened || undefined}>
        <MainNav ticketsHref={ticketsHref} showSupervision={showSupervision} onNavigate={close} />
      </nav>
      <main id={MAIN_CONTENT_ID} tabIndex={-1} className={classes.main}>
        {banner}
        {children}
      </main>
      <DeferredGlobalShortcuts showSupervision={showSupervision} />
    </div>
  );
}
