import { useMutation, useQueryClient } from '@tanstack/react-query';
import { gatewayPaths, type SavedView, type UpdateViewBody } from '../../../contract/savedViews.ts';
import { request } from '../client.ts';
import { savedViewKeys } from '../queryKeys.ts';
import { savedViewSchema } from './savedViewSchemas.ts';

export function updateSavedView(id: number, body: UpdateViewBody): Promise<SavedView> {
  return request(gatewayPaths.view(id), { method: 'PATCH', body, schema: savedViewSchema });
}

/** `views` in their new order: a move shows at once, then the gateway's order is read back. */
function applied(views: SavedView[], id: number, change: UpdateViewBody): SavedView[] {
  const index = views.findIndex((view) => view.id === id);
  if (index === -1) return views;
  const next = [...views];
  const [moved] = next.splice(index, 1);
  const renamed = { ...moved!, ...(change.name !== undefined && { name: change.name.trim() }) };
  next.splice(change.position ?? index, 0, renamed);
  return next.map((view, position) => ({ ...view, position }));
}

/** Renames and/or moves a view. */
export function useUpdateSavedView() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, change }: { id: number; change: UpdateViewBody }) => updateSavedView(id, change),
    onMutate: async ({ id, change }) => {
      await queryClient.cancelQueries({ queryKey: savedViewKeys.list() });
      const before = queryClient.getQueryData<SavedView[]>(savedViewKeys.list());
      if (before) queryClient.setQueryData(savedViewKeys.list(), applied(before, id, change));
      return { before };
    },
    onError: (_error, _variables, context) => {
      if (context?.before) queryClient.setQueryData(savedViewKeys.list(), context.before);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: savedViewKeys.list() }),
  });
}
