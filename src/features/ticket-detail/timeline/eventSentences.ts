import type { TranslationKey } from '../../../lib/i18n/I18nProvider.tsx';
import type { MessageVars } from '../../../lib/i18n/translate.ts';
import { EVENT_NAMES, eventFamily, type EventName } from '../../../contract/enums.ts';

type Translate = (key: TranslationKey, vars?: MessageVars) => string;

function isKnownEventName(eventName: string): eventName is EventName {
  return (EVENT_NAMES as readonly string[]).includes(eventName);
}

/**
 * A readable sentence for an event. Every documented eventName has its own message (the template type
 * below fails to compile when one is missing from the catalogue); a name upstream adds later gets a
 * generic sentence naming its family, never the raw name.
 */
export function eventSentence(eventName: string, t: Translate): string {
  if (isKnownEventName(eventName)) {
    const key: `timeline.event.${EventName}` = `timeline.event.${eventName}`;
    return t(key);
  }
  return t('timeline.event.unknown', { family: t(`timeline.family.${eventFamily(eventName)}`) });
}
