import { useMutation, useQueryClient } from '@tanstack/react-query';
import { gatewayPaths, type CreateViewBody, type SavedView } from '../../../contract/savedViews.ts';
import { request } from '../client.ts';
import { savedViewKeys } from '../queryKeys.ts';
import { savedViewSchema } from './savedViewSchemas.ts';

export function createSavedView(body: CreateViewBody): Promise<SavedView> {
  return request(gatewayPaths.views, { method: 'POST', body, schema: savedViewSchema });
}

/** Saves a view; the navigation shows it at once, its count follows. */
export function useCreateSavedView() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSavedView,
    onSuccess: (view) => {
      queryClient.setQueryData<SavedView[]>(savedViewKeys.list(), (views) => [...(views ?? []), view]);
      void queryClient.invalidateQueries({ queryKey: savedViewKeys.all });
      void queryClient.invalidateQueries({ queryKey: savedViewKeys.counts() });
    },
  });
}
