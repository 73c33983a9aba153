import type { TranslationKey } from '../../../lib/i18n/I18nProvider.tsx';
import type { MessageVars } from '../../../lib/i18n/translate.ts';
import { isKnownEventName, isKnownEventSource, type EventName } from '../../../contract/enums.ts';

type Translate = (key: TranslationKey, vars?: MessageVars) => string;

/**
 * A readable sentence for an event. Every documented eventName has its own message (the template type
 * below fails to compile when one is missing from the catalogue); a name upstream adds gets a neutral
 * sentence showing it as it is (its family badge, or "Other", says what little we know).
 */
export function eventSentence(eventName: string, t: Translate): string {
  if (isKnownEventName(eventName)) {
    const key: `timeline.event.${EventName}` = `timeline.event.${eventName}`;
    return t(key);
  }
  return t('timeline.event.unknown', { name: eventName });
}

/** Who caused the event: agent, requestor or system; a source upstream adds is shown as it is. */
export function eventSourceLabel(source: string, t: Translate): string {
  return isKnownEventSource(source) ? t(`timeline.source.${source}`) : source;
}
