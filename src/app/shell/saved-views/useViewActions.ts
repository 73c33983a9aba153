import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import type { SavedView } from '../../../contract/savedViews.ts';
import { createSavedView } from '../../../lib/api/views/createSavedView.ts';
import { useDeleteSavedView } from '../../../lib/api/views/deleteSavedView.ts';
import { updateSavedView, useUpdateSavedView } from '../../../lib/api/views/updateSavedView.ts';
import { savedViewKeys } from '../../../lib/api/queryKeys.ts';
import { showUndo } from '../../../lib/feedback/UndoNotice.tsx';
import { useErrorText } from '../../../lib/feedback/errorMessage.ts';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import { paths } from '../../../lib/routing/paths.ts';

/** The link that opens a view: what "Copy link" gives, what anyone signed in can open. */
export function viewUrl(view: SavedView): string {
  return new URL(paths.tickets.href(view.query), window.location.origin).href;
}

/** Copy link, move, rename and delete (with Undo: the view comes back with its name, query and place). */
export function useViewActions() {
  const { t } = useI18n();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const update = useUpdateSavedView();
  const remove = useDeleteSavedView();
  const failed = (error: unknown) =>
    notifications.show({ color: 'red', message: t('views.error', { reason: errorText(error) }) });

  return {
    copyLink(view: SavedView) {
      const url = viewUrl(view);
      navigator.clipboard
        .writeText(url)
        .then(() => notifications.show({ color: 'green', message: t('views.copied', { name: view.name }) }))
        .catch(() =>
          notifications.show({ color: 'yellow', autoClose: false, message: t('views.copyFailed', { url }) }),
        );
    },
    move(view: SavedView, position: number) {
      update.mutate({ id: view.id, change: { position } }, { onError: failed });
    },
    rename(view: SavedView, name: string) {
      return update.mutateAsync({ id: view.id, change: { name } });
    },
    delete(view: SavedView) {
      remove.mutate(view.id, {
        onError: failed,
        onSuccess: () =>
          showUndo({
            message: t('views.deleted', { name: view.name }),
            undoLabel: t('views.undo'),
            onUndo: () => {
              void (async () => {
                const again = await createSavedView({ name: view.name, query: view.query });
                await updateSavedView(again.id, { position: view.position });
              })()
                .catch(failed)
                .finally(() => {
                  void queryClient.invalidateQueries({ queryKey: savedViewKeys.all });
                  void queryClient.invalidateQueries({ queryKey: savedViewKeys.counts() });
                });
            },
          }),
      });
    },
  };
}
