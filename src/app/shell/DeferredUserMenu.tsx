import { lazy, Suspense, useEffect, useState } from 'react';
import { preloadWhenIdle } from '../../lib/preloadWhenIdle.ts';
import type { UserMenuProps } from './UserMenu.tsx';
import { UserMenuButton } from './UserMenuButton.tsx';

// The menu (Mantine Menu, Popover and floating-ui) loads just after first paint; until then its
// button stands alone, and a click on it opens the menu as soon as the code is there.
const loadUserMenu = () => import('./UserMenu.tsx');
const UserMenu = lazy(() => loadUserMenu().then((module) => ({ default: module.UserMenu })));

export function DeferredUserMenu({ user, onSignOut }: Omit<UserMenuProps, 'defaultOpened'>) {
  const [clickedEarly, setClickedEarly] = useState(false);
  useEffect(() => preloadWhenIdle(loadUserMenu), []);
  const button = <UserMenuButton user={user} aria-haspopup="menu" onClick={() => setClickedEarly(true)} />;
  return (
    <Suspense fallback={button}>
      <UserMenu user={user} onSignOut={onSignOut} defaultOpened={clickedEarly} />
    </Suspense>
  );
}
