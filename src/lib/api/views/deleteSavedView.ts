import { useMutation, useQueryClient } from '@tanstack/react-query';
import { gatewayPaths, type SavedView } from '../../../contract/savedViews.ts';
import { request } from '../client.ts';
import { savedViewKeys } from '../queryKeys.ts';

export function deleteSavedView(id: number): Promise<void> {
  return request(gatewayPaths.view(id), { method: 'DELETE' });
}

export function useDeleteSavedView() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteSavedView,
    onSuccess: (_data, id) => {
      queryClient.setQueryData<SavedView[]>(savedViewKeys.list(), (views) =>
        views?.filter((view) => view.id !== id),
      );
      void queryClient.invalidateQueries({ queryKey: savedViewKeys.list() });
    },
  });
}
