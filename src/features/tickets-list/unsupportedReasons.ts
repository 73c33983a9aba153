import type { TranslationKey } from '../../lib/i18n/I18nProvider.tsx';
import type { ExtensionFilter } from '../../lib/list-view/ticketListView.ts';

/** Why a filter is not available: the [ext] of API.md it needs, which upstream lacks. */
export const UNSUPPORTED_REASON: Record<ExtensionFilter, TranslationKey> = {
  states: 'list.ext.states',
  startedBefore: 'list.ext.startedBefore',
  user: 'list.ext.user',
  service: 'list.ext.service',
};
