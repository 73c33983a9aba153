import { activeLocale, loadMessages } from '../i18n/registry.ts';

/** The saved views' and the export's messages, loaded with the chunk that shows them (never on first paint). */
export function loadViewsMessages(): Promise<void> {
  return loadMessages(['views'], activeLocale());
}
