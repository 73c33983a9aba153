import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBookmarkPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useCreateSavedView } from '../../../lib/api/views/createSavedView.ts';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import { listViewToSearch, type ListView } from '../../../lib/list-view/ticketListView.ts';
import { ViewNameDialog } from '../../../lib/views/ViewNameDialog.tsx';

/** "Save view": names the list's filters, sort and page size (on its first page) and pins them in the navigation. */
export function SaveViewButton({ view }: { view: ListView }) {
  const { t } = useI18n();
  const [naming, setNaming] = useState(false);
  const create = useCreateSavedView();
  return (
    <>
      <Button
        variant="default"
        size="xs"
        leftSection={<IconBookmarkPlus size={16} aria-hidden />}
        aria-haspopup="dialog"
        onClick={() => setNaming(true)}
      >
        {t('views.save.button')}
      </Button>
      {naming && (
        <ViewNameDialog
          title={t('views.save.title')}
          submitLabel={t('views.save.submit')}
          hint={t('views.save.hint')}
          onSubmit={async (name) => {
            await create.mutateAsync({ name, query: listViewToSearch({ ...view, page: 1 }) });
            notifications.show({ color: 'green', message: t('views.saved', { name }) });
          }}
          onClose={() => setNaming(false)}
        />
      )}
    </>
  );
}
