import { Group, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import type { ComponentPropsWithRef } from 'react';
import { roleLabel } from '../../lib/api/auth/roles.ts';
import { userFullName } from '../../lib/api/directory/getUsers.ts';
import { useI18n } from '../../lib/i18n/useI18n.ts';
import type { User } from '../../contract/models.ts';
import classes from './UserMenuButton.module.css';

function initials(user: User): string {
  return (
    `${user.firstname.charAt(0)}${user.lastname.charAt(0)}`.toUpperCase() ||
    user.username.charAt(0).toUpperCase()
  );
}

/**
 * "Role · Enterprise", as the header and the menu show it. The enterprise's name is an [ext]
 * (`enterpriseName`): without it, its number, and `unnamed` says why.
 */
export function useUserSummary(user: User): { name: string; summary: string; unnamed?: string } {
  const { t } = useI18n();
  const role = roleLabel(user, t);
  const enterprise = user.enterprise_name ?? t('shell.user.enterprise', { id: user.enterprise_id });
  return {
    name: userFullName(user),
    summary: [role, enterprise].filter(Boolean).join(' · '),
    unnamed: user.enterprise_name ? undefined : t('shell.user.enterprise.unnamed'),
  };
}

type UserMenuButtonProps = Omit<ComponentPropsWithRef<'button'>, 'color' | 'style'> & { user: User };

/** The header's button that opens the user menu: avatar, name, role and enterprise. */
export function UserMenuButton({ user, ...buttonProps }: UserMenuButtonProps) {
  const { t } = useI18n();
  const { name, summary, unnamed } = useUserSummary(user);
  return (
    <UnstyledButton
      aria-label={t('shell.user.menu', { name })}
      px="xs"
      py={4}
      style={{ borderRadius: 8 }}
      {...buttonProps}
    >
      <Group gap="xs" wrap="nowrap">
        <div className={classes.avatar} aria-hidden>
          <span className={classes.initials}>{initials(user)}</span>
        </div>
        <div style={{ lineHeight: 1.2 }}>
          <Text size="sm" fw={600} data-testid="current-user-name">
            {name}
          </Text>
          <Text size="xs" c="dimmed" visibleFrom="sm" title={unnamed}>
            {summary}
          </Text>
        </div>
        <IconChevronDown size={16} aria-hidden />
      </Group>
    </UnstyledButton>
  );
}
