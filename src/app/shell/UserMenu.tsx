import { Menu, useMantineColorScheme, type MantineColorScheme } from '@mantine/core';
import { IconCheck, IconDevicesOff, IconLogout } from '@tabler/icons-react';
import { useState } from 'react';
import type { Locale } from '../../lib/i18n/defineMessages.ts';
import { LOCALES } from '../../lib/i18n/defineMessages.ts';
import { useI18n } from '../../lib/i18n/useI18n.ts';
import type { User } from '../../contract/models.ts';
import { SignOutEverywhereModal } from './SignOutEverywhereModal.tsx';
import { UserMenuButton, useUserSummary } from './UserMenuButton.tsx';

const COLOR_SCHEMES: MantineColorScheme[] = ['light', 'dark', 'auto'];

export type UserMenuProps = {
  user: User;
  onSignOut: () => void;
  /** Open at once: the button was clicked before the menu's code had loaded. */
  defaultOpened?: boolean;
};

/**
 * The signed-in user (name, role, enterprise) and their preferences: language, theme, sign out here
 * or everywhere (after a confirmation).
 */
export function UserMenu({ user, onSignOut, defaultOpened }: UserMenuProps) {
  const { t, locale, setLocale } = useI18n();
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  const { summary } = useUserSummary(user);
  const [confirmingEverywhere, setConfirmingEverywhere] = useState(false);
  const check = (on: boolean) => (on ? <IconCheck size={16} aria-hidden /> : <span style={{ width: 16 }} />);

  return (
    <>
      <Menu position="bottom-end" width={240} withinPortal defaultOpened={defaultOpened}>
        <Menu.Target>
          <UserMenuButton user={user} />
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{summary}</Menu.Label>
          <Menu.Divider />
          <Menu.Label>{t('shell.language')}</Menu.Label>
          {LOCALES.map((option: Locale) => (
            <Menu.Item
              key={option}
              leftSection={check(option === locale)}
              onClick={() => setLocale(option)}
              lang={option}
              aria-current={option === locale ? 'true' : undefined}
            >
              {t(`shell.language.${option}`)}
            </Menu.Item>
          ))}
          <Menu.Divider />
          <Menu.Label>{t('shell.colorScheme')}</Menu.Label>
          {COLOR_SCHEMES.map((scheme) => (
            <Menu.Item
              key={scheme}
              leftSection={check(scheme === colorScheme)}
              onClick={() => setColorScheme(scheme)}
              aria-current={scheme === colorScheme ? 'true' : undefined}
            >
              {t(`shell.colorScheme.${scheme}`)}
            </Menu.Item>
          ))}
          <Menu.Divider />
          <Menu.Item leftSection={<IconLogout size={16} aria-hidden />} onClick={onSignOut}>
            {t('shell.signOut')}
          </Menu.Item>
          <Menu.Item
            leftSection={<IconDevicesOff size={16} aria-hidden />}
            onClick={() => setConfirmingEverywhere(true)}
          >
            {t('shell.signOutEverywhere')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <SignOutEverywhereModal opened={confirmingEverywhere} onClose={() => setConfirmingEverywhere(false)} />
    </>
  );
}
