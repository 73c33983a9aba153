import {
  Avatar,
  Group,
  Menu,
  Text,
  UnstyledButton,
  useMantineColorScheme,
  type MantineColorScheme,
} from '@mantine/core';
import { IconCheck, IconChevronDown, IconLogout } from '@tabler/icons-react';
import { mainRole } from '../../api/auth/roles.ts';
import { userFullName } from '../../api/directory/get-users.ts';
import type { Locale } from '../../app/i18n/defineMessages.ts';
import { LOCALES } from '../../app/i18n/defineMessages.ts';
import { useI18n } from '../../app/i18n/useI18n.ts';
import type { User } from '../../contract/models.ts';

const COLOR_SCHEMES: MantineColorScheme[] = ['light', 'dark', 'auto'];

function initials(user: User): string {
  return (
    `${user.firstname.charAt(0)}${user.lastname.charAt(0)}`.toUpperCase() ||
    user.username.charAt(0).toUpperCase()
  );
}

/** The signed-in user (name, role, enterprise) and their preferences: language, theme, sign out. */
export function UserMenu({ user, onSignOut }: { user: User; onSignOut: () => void }) {
  const { t, locale, setLocale } = useI18n();
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  const name = userFullName(user);
  const role = t(`role.${mainRole(user)}`);
  const enterprise = user.enterprise_name ?? t('shell.user.enterprise', { id: user.enterprise_id });
  const check = (on: boolean) => (on ? <IconCheck size={16} aria-hidden /> : <span style={{ width: 16 }} />);

  return (
    <Menu position="bottom-end" width={240} withinPortal>
      <Menu.Target>
        <UnstyledButton
          aria-label={t('shell.user.menu', { name })}
          px="xs"
          py={4}
          style={{ borderRadius: 8 }}
        >
          <Group gap="xs" wrap="nowrap">
            <Avatar size={32} radius="xl" color="indigo" aria-hidden>
              {initials(user)}
            </Avatar>
            <div style={{ lineHeight: 1.2 }}>
              <Text size="sm" fw={600} data-testid="current-user-name">
                {name}
              </Text>
              <Text size="xs" c="dimmed" visibleFrom="sm">
                {role} · {enterprise}
              </Text>
            </div>
            <IconChevronDown size={16} aria-hidden />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          {role} · {enterprise}
        </Menu.Label>
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
      </Menu.Dropdown>
    </Menu>
  );
}
