import { ActionIcon, Menu, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconDots, IconLink, IconPencil, IconTrash } from '@tabler/icons-react';
import { useId, useMemo, useState } from 'react';
import { Link, useLocation } from 'react-router';
import type { SavedView } from '../../../contract/savedViews.ts';
import { useSavedViewCounts } from '../../../lib/api/views/getSavedViewCounts.ts';
import { useSavedViews } from '../../../lib/api/views/getSavedViews.ts';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import { listViewToSearch, parseListView } from '../../../lib/list-view/ticketListView.ts';
import { paths } from '../../../lib/routing/paths.ts';
import { ViewNameDialog } from '../../../lib/views/ViewNameDialog.tsx';
import classes from './SavedViews.module.css';
import { useViewActions } from './useViewActions.ts';

/** A list query as the list's serializer writes it, on its first page: equal views compare equal. */
function normalized(search: string): string {
  return listViewToSearch({ ...parseListView(new URLSearchParams(search)), page: 1 });
}

type ItemProps = {
  view: SavedView;
  count: number | undefined;
  first: boolean;
  last: boolean;
  active: boolean;
  onNavigate?: () => void;
  onRename: () => void;
  actions: ReturnType<typeof useViewActions>;
};

function SavedViewItem({ view, count, first, last, active, onNavigate, onRename, actions }: ItemProps) {
  const { t, formatNumber } = useI18n();
  return (
    <li className={classes.item}>
      <UnstyledButton
        component={Link}
        to={paths.tickets.href(view.query)}
        className={classes.link}
        aria-current={active ? 'page' : undefined}
        title={view.name}
        aria-label={count === undefined ? view.name : t('views.nav.link', { name: view.name, count })}
        onClick={onNavigate}
      >
        <span className={classes.name}>{view.name}</span>
        {count !== undefined && (
          <span className={classes.count} aria-hidden>
            {formatNumber(count)}
          </span>
        )}
      </UnstyledButton>
      <Menu position="right-start" withinPortal>
        <Menu.Target>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="sm"
            aria-label={t('views.nav.menu', { name: view.name })}
          >
            <IconDots size={16} aria-hidden />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconLink size={16} aria-hidden />} onClick={() => actions.copyLink(view)}>
            {t('views.action.copyLink')}
          </Menu.Item>
          <Menu.Item leftSection={<IconPencil size={16} aria-hidden />} onClick={onRename}>
            {t('views.action.rename')}
          </Menu.Item>
          <Menu.Item
            leftSection={<IconArrowUp size={16} aria-hidden />}
            disabled={first}
            onClick={() => actions.move(view, view.position - 1)}
          >
            {t('views.action.moveUp')}
          </Menu.Item>
          <Menu.Item
            leftSection={<IconArrowDown size={16} aria-hidden />}
            disabled={last}
            onClick={() => actions.move(view, view.position + 1)}
          >
            {t('views.action.moveDown')}
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item
            color="red"
            leftSection={<IconTrash size={16} aria-hidden />}
            onClick={() => actions.delete(view)}
          >
            {t('views.action.delete')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </li>
  );
}

/** The user's saved views under the main links, each with how many tickets it lists now. */
export default function SavedViewsNav({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useI18n();
  const headingId = useId();
  const views = useSavedViews();
  const counts = useSavedViewCounts({ enabled: (views.data?.length ?? 0) > 0 });
  const actions = useViewActions();
  const [renaming, setRenaming] = useState<SavedView | null>(null);
  const { pathname, search } = useLocation();
  const current = useMemo(
    () => (pathname === paths.tickets.path ? normalized(search.slice(1)) : null),
    [pathname, search],
  );

  if (views.isPending) return null;
  const heading = (
    <Text id={headingId} size="xs" fw={700} c="dimmed" className={classes.heading}>
      {t('views.nav.heading')}
    </Text>
  );
  if (views.isError)
    return (
      <div>
        {heading}
        <Text size="xs" c="dimmed" className={classes.hint}>
          {t('views.nav.loadFailed')}
        </Text>
      </div>
    );
  if (views.data.length === 0) return null;
  return (
    <div role="group" aria-labelledby={headingId}>
      {heading}
      <ul className={classes.list}>
        {views.data.map((view, index) => (
          <SavedViewItem
            key={view.id}
            view={view}
            count={counts.data?.counts[view.id]}
            first={index === 0}
            last={index === views.data.length - 1}
            active={current !== null && normalized(view.query) === current}
            onNavigate={onNavigate}
            onRename={() => setRenaming(view)}
            actions={actions}
          />
        ))}
      </ul>
      {counts.data?.syncing && (
        <Text size="xs" c="dimmed" className={classes.hint}>
          {t('views.nav.syncing')}
        </Text>
      )}
      {renaming && (
        <ViewNameDialog
          title={t('views.rename.title')}
          submitLabel={t('views.rename.submit')}
          initialName={renaming.name}
          onSubmit={(name) => actions.rename(renaming, name)}
          onClose={() => setRenaming(null)}
        />
      )}
    </div>
  );
}
