import { Group } from '@mantine/core';
import type { ListTicketsInput } from '../../../contract/requests.ts';
import type { ListView } from '../../../lib/list-view/ticketListView.ts';
import { ExportCsvButton } from '../export/ExportCsvButton.tsx';
import { SaveViewButton } from './SaveViewButton.tsx';

export type ListViewToolbarProps = { view: ListView; params: ListTicketsInput };

/** What one does with the whole list: keep it as a saved view, take it away as CSV. */
export default function ListViewToolbar({ view, params }: ListViewToolbarProps) {
  return (
    <Group gap="xs" wrap="nowrap">
      <SaveViewButton view={view} />
      <ExportCsvButton params={params} />
    </Group>
  );
}
