import '@mantine/core/styles/Alert.css';
import { Alert, List } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { useI18n } from '../../lib/i18n/useI18n.ts';
import type { ExtensionFilter } from '../../lib/list-view/ticketListView.ts';
import { UNSUPPORTED_REASON } from './unsupportedReasons.ts';

/**
 * Said in place when a link asked for filters upstream cannot answer: they were left out, so the list
 * below is what it looks like (no chip claims a filter that was not applied).
 */
export function UnsupportedFiltersNotice({ filters }: { filters: readonly ExtensionFilter[] }) {
  const { t } = useI18n();
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconFilterOff size={18} aria-hidden />}
      title={t('list.ext.dropped')}
      role="status"
      // The light yellow's own title colour fails WCAG contrast on its background (2.7:1).
      styles={{ title: { color: 'var(--mantine-color-text)' } }}
    >
      <List size="sm">
        {filters.map((field) => (
          <List.Item key={field}>{t(UNSUPPORTED_REASON[field])}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
